import InnoCore

/// A bullet bar: the latest value as a filled bar against a marker at the goal, with the
/// projection at the deadline as a small mark, on a scale from 0.
public enum BulletBar {
    /// The bar's cells, left to right, each a character and its role.
    public static func cells(for assessment: Assessment, width: Int, glyphs: Glyphs) -> [(Character, Role)] {
        guard width > 0 else { return [] }
        var cells = Array(repeating: (glyphs.barTrack, Role.barTrack), count: width)
        let target = assessment.target
        if target.kind == .milestone {
            if assessment.status == .achieved {
                cells = Array(repeating: (glyphs.barFill, Role.barFill), count: width)
            }
            return cells
        }
        guard let latest = assessment.latest?.value else { return cells }
        let goal = assessment.goalValue ?? target.goal?.value
        let scale = max(goal ?? 0, latest, assessment.base?.value ?? 0) * 1.25
        guard scale > 0 else { return cells }
        func column(_ value: Double) -> Int {
            min(width - 1, max(0, Int((value / scale * Double(width)).rounded()) - 1))
        }
        if latest > 0 {
            let filled = min(width, max(1, Int((latest / scale * Double(width)).rounded())))
            for i in 0..<filled { cells[i] = (glyphs.barFill, .barFill) }
        }
        if let projection = assessment.projection, projection.isFinite, projection > 0 {
            let x = min(width - 1, column(projection))
            if cells[x].1 == .barTrack { cells[x] = (glyphs.projectionMarker, .projection) }
        }
        if let goal, goal > 0 {
            cells[column(goal)] = (glyphs.goalMarker, .goalMarker)
        }
        return cells
    }

    /// Draws the bar into a canvas; the fill takes the status's tone.
    public static func draw(_ assessment: Assessment, into canvas: inout Canvas, x: Int, y: Int, width: Int, glyphs: Glyphs) {
        for (i, cell) in cells(for: assessment, width: width, glyphs: glyphs).enumerated() {
            let role = cell.1 == .barFill ? Theme.role(for: assessment.status) : cell.1
            canvas.put(String(cell.0), x: x + i, y: y, style: Style(role, bold: cell.1 == .goalMarker), maxWidth: 1)
        }
    }
}

/// Maps statuses to the roles screens colour them by.
public enum Theme {
    public static func role(for status: Status) -> Role {
        switch status.tone {
        case .good: .good
        case .warning: .warning
        case .bad: .bad
        case .neutral: .neutral
        }
    }
}
