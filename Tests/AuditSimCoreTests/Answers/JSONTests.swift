import Foundation
import Testing
import AuditSimCore

@Suite("JSON rendering")
struct JSONTests {
    private func object(_ text: String, _ kind: AnswerKind, _ ctx: InterpretationContext = context) -> [String: Any] {
        let json = interpret(text, kind, ctx).jsonString()
        let data = json.data(using: .utf8)!
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    @Test func frequencyIsLabelAndDays() {
        let json = interpret("I think quarterly", .frequency).jsonString()
        #expect(json == #"{"explanation":"Understood: quarterly (every 91 days); the speaker hedged (\"I think\").","kind":"frequency","uncertain":true,"value":{"days":91,"label":"quarterly"}}"#)
    }

    @Test func adHocHasNullDays() {
        let value = object("as needed", .frequency)["value"] as? [String: Any]
        #expect(value?["label"] as? String == "ad-hoc")
        #expect(value?["days"] is NSNull)
        let every = object("every 10 days", .frequency)["value"] as? [String: Any]
        #expect(every?["label"] as? String == "every-n-days")
        #expect(every?["days"] as? Int == 10)
    }

    @Test func dateIsStartEndPrecision() {
        let json = interpret("in Q3", .date).jsonString()
        #expect(json.contains(#""value":{"end":"2026-09-30","precision":"quarter","start":"2026-07-01"}"#))
        #expect(json.contains(#""kind":"date""#))
    }

    @Test func yesNoIsBooleanOrPartial() {
        #expect(interpret("yes", .yesNo).jsonString().contains(#""value":true"#))
        #expect(interpret("nope", .yesNo).jsonString().contains(#""value":false"#))
        #expect(interpret("mostly", .yesNo).jsonString().contains(#""value":"partial""#))
        #expect(interpret("yes", .yesNo).jsonString().contains(#""kind":"yes-no""#))
    }

    @Test func durationAndNumbersAreNumbers() {
        #expect(interpret("two working days", .duration).jsonString().contains(#""value":48"#))
        #expect(interpret("half an hour", .duration).jsonString().contains(#""value":0.5"#))
        #expect(interpret("around 95%", .percent).jsonString().contains(#""value":95"#))
        #expect(interpret("roughly 1,200", .number).jsonString().contains(#""value":1200"#))
    }

    @Test func personIsNameAndRole() {
        let value = object("the head of IT", .person)["value"] as? [String: String]
        #expect(value == ["name": "Sarah Jones", "role": "IT Manager"])
    }

    @Test func choiceIsTheOption() {
        var ctx = context
        ctx.options = ["Weekly", "Monthly"]
        #expect(object("monthly", .choice, ctx)["value"] as? String == "Monthly")
    }

    @Test func freeTextIsCoveredAndMissed() {
        var ctx = context
        ctx.talkingPoints = [TalkingPoint(concept: "escalation"), TalkingPoint(concept: "sign-off")]
        let value = object("we escalate", .freeText, ctx)["value"] as? [String: [String]]
        #expect(value == ["covered": ["escalation"], "missed": ["sign-off"]])
    }

    @Test func nothingUnderstoodIsNull() {
        let json = interpret("banana", .frequency).jsonString()
        #expect(json.contains(#""value":null"#))
        #expect(json.contains(#""uncertain":false"#))
    }

    @Test func exactlyFourKeysAndOneLine() {
        for kind in AnswerKind.allCases {
            let json = interpret("I don't know\n\"quoted\" \u{1B}[0m", kind).jsonString()
            #expect(!json.contains("\n"))
            let obj = object("I don't know", kind)
            #expect(Set(obj.keys) == ["kind", "value", "uncertain", "explanation"])
            #expect(obj["uncertain"] as? Bool == true)
        }
    }

    @Test func renderingIsDeterministic() {
        let a = interpret("supposed to be quarterly but really twice a year", .frequency).jsonString()
        let b = interpret("supposed to be quarterly but really twice a year", .frequency).jsonString()
        #expect(a == b)
    }
}
