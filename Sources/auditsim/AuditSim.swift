import ArgumentParser
@main struct AuditSim: ParsableCommand { func run() {} }
