import InnoCore
import InnoUI

/// The summary as plain text: the summary grid's rows, trailing spaces removed.
public enum SummaryText {
    public static func render(_ view: SummaryView, width: Int) -> String {
        view.render(width: max(width, SummaryView.minimumWidth)).lines.joined(separator: "\n") + "\n"
    }
}
