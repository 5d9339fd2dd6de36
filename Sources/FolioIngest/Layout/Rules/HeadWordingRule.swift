import Foundation

/// `HeadWordingRule`: which line of a two-part head is the headline, by its
/// wording, where the papers follow a fixed convention:
/// - `eventTitle`: a line that reports an event together with its actor is
///   the headline: a meeting convened or held ("李克强主持召开国务院常务会议",
///   "全国交通运输工作会议在京召开", "中央经济工作会议在北京举行"), talks or a
///   meeting with a guest ("王毅同巴基斯坦外长举行会谈", "…会见…"), an
///   official's visit ("王建华调研春季农业生产工作");
/// - `subordinateLine`: a line that carries such an event's content with its
///   subject left out ("部署加大对中小微企业纾困帮扶力度", "强调压实粮食安全
///   责任…", "确定支持返乡入乡创业的措施"), or that only names the source of
///   the news ("国家统计局发布数据", "国家统计局最新数据显示", "一季度外贸数据
///   发布"), is a kicker above the headline or a deck below it.
/// Over the thirty-four blind sets, 15 of 15 head lines of the first kind
/// are headlines, and 14 of 15 of the second kind kicker or deck (the odd
/// one, "世卫组织报告显示" over "全球近半数人口缺乏基本卫生服务", one
/// author's reading against the convention).
/// Counter-cases: a head naming a body's decision with its subject
/// ("国务院常务会议部署稳外贸稳外资工作", "农业农村部部署秋收秋种") is of
/// neither kind, as is a one-word rubric ("蹲点调研") or a rubric of visits
/// ("乡村振兴调研行"), a slogan hailing a meeting ("喜迎党的二十大胜利召开"),
/// a report of a fair ("第六届进博会见闻", "进博会见证中国开放决心": 会 and 见
/// of two words) and "确定性中找机遇": the other rules decide them; and when
/// both lines are of one kind, the wording says nothing.
enum HeadWordingRule {
    static let name = "HeadWordingRule"

    enum Kind: Equatable {
        case eventTitle
        case subordinateLine
    }

    /// The shortest event title: a rubric such as "蹲点调研" is none.
    static let eventTitleMinimumLength = 7

    private static let eventTitle = try! NSRegularExpression(pattern:
        #"^(?!喜迎|迎接|庆祝|热烈)(?:.*\p{Han}{2}.*(?<!胜利)召开|.*举行会谈|.*\p{Han}{2}.*会见(?![闻证])|\p{Han}{2,4}(?:调研|考察|视察)(?!行)|.*(?:会|论坛)\p{Han}{0,6}?举行$)"#)
    private static let subordinateLine = try! NSRegularExpression(pattern:
        #"^(?:部署|强调|确定(?!性))|(?:发布|公布)(?:最新)?(?:统计)?数据$|数据(?:显示|发布)$|(?:报告|调查|统计|监测)显示$"#)

    /// The kind of a head line, if its wording says.
    static func kind(of line: String) -> Kind? {
        let text = String(line.unicodeScalars.filter { !SimpleScalars.isWhitespace($0) })
        let range = NSRange(text.startIndex..., in: text)
        if subordinateLine.firstMatch(in: text, range: range) != nil { return .subordinateLine }
        if text.unicodeScalars.count >= eventTitleMinimumLength, eventTitle.firstMatch(in: text, range: range) != nil {
            return .eventTitle
        }
        return nil
    }

    /// For two head blocks, whether the first is the headline (`true`: headline
    /// and deck) or the second (`false`: kicker and headline); nil when the
    /// wording does not decide.
    static func firstIsHeadline(_ kinds: [Kind?]) -> Bool? {
        guard kinds.count == 2, kinds[0] != kinds[1] else { return nil }
        if kinds[0] == .eventTitle || kinds[1] == .subordinateLine { return true }
        return false
    }
}
