import XCTest
@testable import FolioIngest

/// Precision and recall of the date finder on hand-labelled sentences.
///
/// A found mention counts as right only with the labelled text, position and date;
/// a right text with a wrong date counts as both a false positive and a miss.
final class DatePrecisionRecallTests: XCTestCase {
    private struct Key: Hashable {
        let sentence: Int
        let start: Int
        let text: String
        let date: String?
    }

    /// Labels placed at their positions: each label is searched after the previous one.
    private func expectedKeys(_ sentence: LabelledSentence, index: Int) -> [Key] {
        let scalars = Array(sentence.text.unicodeScalars)
        var from = 0
        var keys: [Key] = []
        for label in sentence.truth {
            let needle = Array(label.text.unicodeScalars)
            guard let start = (from...max(from, scalars.count - needle.count)).first(where: {
                $0 + needle.count <= scalars.count && Array(scalars[$0..<($0 + needle.count)]) == needle
                    && !isInsideNumber(scalars, $0, $0 + needle.count)
            }) else {
                XCTFail("label \(label.text) not in sentence \(index)")
                continue
            }
            keys.append(Key(sentence: index, start: start, text: label.text, date: label.date))
            from = start + needle.count
        }
        return keys
    }

    /// A labelled date never starts or ends inside a number: the "1" of "1至6月" is not the "1" of "1.1%".
    private func isInsideNumber(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let numberish: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) || $0 == "." || $0 == "%" }
        let endsInDigit = ("0"..."9").contains(scalars[end - 1])
        return (start > 0 && numberish(scalars[start - 1])) || (endsInDigit && end < scalars.count && numberish(scalars[end]))
    }

    func testPrecisionAndRecallOnLabelledSentences() {
        measure(LabelledSentences.all, name: "tuned set", minimumLabels: 60)
    }

    func testPrecisionAndRecallOnHeldOutSentences() {
        measure(LabelledSentences.heldOut, name: "held-out set", minimumLabels: 30)
    }

    private func measure(_ sentences: [LabelledSentence], name: String, minimumLabels: Int) {
        var expected: Set<Key> = []
        var predicted: Set<Key> = []
        for (index, sentence) in sentences.enumerated() {
            expected.formUnion(expectedKeys(sentence, index: index))
            let reference = sentence.reference.flatMap { CivilDate(iso: $0) }.map(ReferenceDate.init)
            for mention in DateFinder.mentions(in: sentence.text, reference: reference) {
                predicted.insert(Key(sentence: index, start: mention.start, text: mention.text, date: mention.date))
            }
        }
        let truePositives = expected.intersection(predicted).count
        let precision = Double(truePositives) / Double(max(predicted.count, 1))
        let recall = Double(truePositives) / Double(max(expected.count, 1))
        print(String(format: "Dates, %@: %d sentences, %d labelled, %d found, %d right; precision %.3f, recall %.3f",
                     name, sentences.count, expected.count, predicted.count, truePositives, precision, recall))
        for key in predicted.subtracting(expected).sorted(by: { ($0.sentence, $0.start) < ($1.sentence, $1.start) }) {
            print("  false positive: sentence \(key.sentence) \(key.text) → \(key.date ?? "nil")")
        }
        for key in expected.subtracting(predicted).sorted(by: { ($0.sentence, $0.start) < ($1.sentence, $1.start) }) {
            print("  missed: sentence \(key.sentence) \(key.text) → \(key.date ?? "nil")")
        }
        XCTAssertGreaterThanOrEqual(expected.count, minimumLabels, "the labelled set must stay large enough to mean something")
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }
}
