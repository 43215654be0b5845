public enum AuditSimCore {}
