import FolioQuery
import Foundation

/// A bar chart of a trend as a standalone SVG: axes, labels and a title.
struct TrendChart {
    var title: String
    var points: [TrendPoint]

    var svg: String {
        let width = 800.0, height = 400.0
        let left = 60.0, right = 20.0, top = 50.0, bottom = 80.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let peak = max(points.map(\.count).max() ?? 1, 1)
        let step = plotWidth / Double(max(points.count, 1))
        let barWidth = max(step * 0.8, 1)
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(width / 2)" y="28" text-anchor="middle" font-size="16">\(escape(title))</text>
            <line x1="\(left)" y1="\(top + plotHeight)" x2="\(left + plotWidth)" y2="\(top + plotHeight)" stroke="black"/>
            <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(top + plotHeight)" stroke="black"/>

            """
        for tick in 0...4 {
            let value = Double(peak) * Double(tick) / 4
            let y = top + plotHeight - plotHeight * Double(tick) / 4
            out += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">\(String(format: "%.0f", value))</text>\n"
            out += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + plotWidth)\" y2=\"\(y)\" stroke=\"#ddd\"/>\n"
        }
        let labelEvery = max(1, points.count / 20)
        for (index, point) in points.enumerated() {
            let barHeight = plotHeight * Double(point.count) / Double(peak)
            let x = left + Double(index) * step + (step - barWidth) / 2
            out += "<rect x=\"\(x)\" y=\"\(top + plotHeight - barHeight)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"#3b6ea8\"><title>\(point.period): \(point.count)</title></rect>\n"
            if index % labelEvery == 0 {
                let cx = x + barWidth / 2, cy = top + plotHeight + 14
                out += "<text x=\"\(cx)\" y=\"\(cy)\" text-anchor=\"end\" transform=\"rotate(-45 \(cx) \(cy))\">\(point.period)</text>\n"
            }
        }
        out += "<text x=\"16\" y=\"\(top + plotHeight / 2)\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(top + plotHeight / 2))\">articles</text>\n"
        return out + "</svg>\n"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
