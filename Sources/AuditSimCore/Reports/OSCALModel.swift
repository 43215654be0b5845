/// The part of the NIST OSCAL 1.1.x assessment-results model the gap summary fills, as
/// Codable values with OSCAL's hyphenated keys. Optional arrays are nil rather than empty:
/// the schema gives every array `minItems: 1`.
enum OSCAL {
    /// Nil for an empty array: OSCAL arrays must hold at least one item or be left out.
    static func list<T>(_ items: [T]) -> [T]? { items.isEmpty ? nil : items }

    struct Document: Encodable {
        var assessmentResults: AssessmentResults
        enum CodingKeys: String, CodingKey { case assessmentResults = "assessment-results" }
    }

    struct AssessmentResults: Encodable {
        var uuid: String
        var metadata: Metadata
        var importAP: ImportAP
        var results: [Result]
        var backMatter: BackMatter?
        enum CodingKeys: String, CodingKey {
            case uuid, metadata, results
            case importAP = "import-ap", backMatter = "back-matter"
        }
    }

    struct Metadata: Encodable {
        var title: String
        var lastModified: String
        var version: String
        var oscalVersion: String
        var props: [Property]?
        var roles: [Role]?
        var parties: [Party]?
        var responsibleParties: [ResponsibleParty]?
        var remarks: String?
        enum CodingKeys: String, CodingKey {
            case title, version, props, roles, parties, remarks
            case lastModified = "last-modified", oscalVersion = "oscal-version", responsibleParties = "responsible-parties"
        }
    }

    struct Role: Encodable { var id: String; var title: String }

    struct Party: Encodable {
        var uuid: String
        var type: String
        var name: String
        var memberOfOrganizations: [String]?
        enum CodingKeys: String, CodingKey {
            case uuid, type, name
            case memberOfOrganizations = "member-of-organizations"
        }
    }

    struct ResponsibleParty: Encodable {
        var roleID: String
        var partyUUIDs: [String]
        enum CodingKeys: String, CodingKey { case roleID = "role-id", partyUUIDs = "party-uuids" }
    }

    struct Property: Encodable {
        var name: String
        var value: String
        var ns: String? = OSCALReport.namespace
        var `class`: String?

        init(_ name: String, _ value: String, class cls: String? = nil) {
            self.name = name
            self.value = OSCALReport.plain(value)
            self.class = cls
        }
    }

    struct ImportAP: Encodable { var href: String; var remarks: String? }

    struct Result: Encodable {
        var uuid: String
        var title: String
        var description: String
        var start: String
        var end: String?
        var props: [Property]?
        var reviewedControls: ReviewedControls
        var observations: [Observation]?
        var findings: [Finding]?
        var remarks: String?
        enum CodingKeys: String, CodingKey {
            case uuid, title, description, start, end, props, observations, findings, remarks
            case reviewedControls = "reviewed-controls"
        }
    }

    struct ReviewedControls: Encodable {
        var description: String?
        var controlSelections: [ControlSelection]
        enum CodingKeys: String, CodingKey { case description, controlSelections = "control-selections" }
    }

    struct ControlSelection: Encodable {
        var description: String?
        var includeControls: [SelectedControl]
        enum CodingKeys: String, CodingKey { case description, includeControls = "include-controls" }
    }

    struct SelectedControl: Encodable {
        var controlID: String
        enum CodingKeys: String, CodingKey { case controlID = "control-id" }
    }

    struct Observation: Encodable {
        var uuid: String
        var title: String
        var description: String
        var props: [Property]?
        var methods: [String]
        var types: [String]?
        var subjects: [Subject]?
        var relevantEvidence: [Evidence]?
        var collected: String
        var remarks: String?
        enum CodingKeys: String, CodingKey {
            case uuid, title, description, props, methods, types, subjects, collected, remarks
            case relevantEvidence = "relevant-evidence"
        }
    }

    struct Subject: Encodable {
        var subjectUUID: String
        var type: String
        var title: String?
        enum CodingKeys: String, CodingKey { case subjectUUID = "subject-uuid", type, title }
    }

    struct Evidence: Encodable {
        var href: String?
        var description: String
        var props: [Property]?
    }

    struct Finding: Encodable {
        var uuid: String
        var title: String
        var description: String
        var props: [Property]?
        var target: Target
        var relatedObservations: [RelatedObservation]?
        var remarks: String?
        enum CodingKeys: String, CodingKey {
            case uuid, title, description, props, target, remarks
            case relatedObservations = "related-observations"
        }
    }

    struct Target: Encodable {
        var type: String
        var targetID: String
        var title: String?
        var status: Status
        enum CodingKeys: String, CodingKey { case type, targetID = "target-id", title, status }
    }

    struct Status: Encodable { var state: String; var reason: String?; var remarks: String? }

    struct RelatedObservation: Encodable {
        var observationUUID: String
        enum CodingKeys: String, CodingKey { case observationUUID = "observation-uuid" }
    }

    struct BackMatter: Encodable { var resources: [Resource] }

    struct Resource: Encodable {
        var uuid: String
        var title: String?
        var description: String?
        var props: [Property]?
        var remarks: String?
    }
}

