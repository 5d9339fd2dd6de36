import Foundation

/// Deterministic small pages for process-level tests: each page differs,
/// so every file has its own sha256.
enum PageCorpus {
    private static let words = [
        "经济", "发展", "会议", "强调", "推进", "疫情", "防控", "农业", "生产", "湖北", "市场", "合作", "国际",
        "改革", "创新", "教育", "科技", "交通", "城市", "乡村", "文化", "旅游", "环境", "保护", "就业", "服务",
    ]

    /// A page with two articles, headline above each, about 600 characters.
    static func page(_ index: Int) -> String {
        var state = UInt64(index) &* 6364136223846793005 &+ 1442695040888963407
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        func sentence() -> String {
            (0..<(6 + next() % 6)).map { _ in words[next() % words.count] }.joined() + "。"
        }
        var text = ""
        for article in 0..<2 {
            text += "第\(index)号\(words[next() % words.count])新闻\(article)\n\n"
            text += "新华社电 " + sentence() + sentence() + "\n\n"
            for _ in 0..<3 { text += sentence() + sentence() + "\n\n" }
        }
        return text
    }

    /// Writes `count` pages into `folder` as page-0001.txt …
    static func write(_ count: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 1...count {
            let name = String(format: "page-%04d.txt", index)
            try Data(page(index).utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}
