import InnoCore
import InnoDraw

/// Words of the dashboard's screens in both languages.
public enum DashboardStrings {
    public static func screenName(_ screen: Screen, _ language: Language) -> String {
        switch screen {
        case .overview: language.text("Overview", "总览")
        case .detail: language.text("Detail", "详情")
        case .entry: language.text("Entry", "录入")
        case .summary: language.text("Summary", "摘要")
        case .help: language.text("Help", "帮助")
        case .compare: language.text("Regions", "地区对比")
        case .review: language.text("Review", "审核")
        case .since: language.text("Since", "变化")
        }
    }

    /// One key and what it does, for the footer and the help screen.
    public struct KeyHint: Sendable {
        public var keys: String
        public var action: String
    }

    /// The short hints at the foot of a screen, most useful first.
    public static func footer(_ screen: Screen, editing: Bool, _ l: Language) -> [KeyHint] {
        if editing {
            return [
                KeyHint(keys: "Enter", action: l.text("save, down", "保存并下移")),
                KeyHint(keys: "Tab", action: l.text("save, right", "保存并右移")),
                KeyHint(keys: "Esc", action: l.text("cancel", "取消")),
                KeyHint(keys: "Bksp", action: l.text("erase", "删字")),
            ]
        }
        let common = [
            KeyHint(keys: "?", action: l.text("help", "帮助")),
            KeyHint(keys: "q", action: l.text("quit", "退出")),
        ]
        switch screen {
        case .overview:
            return [
                KeyHint(keys: "j/k", action: l.text("move", "移动")),
                KeyHint(keys: "Enter", action: l.text("detail", "详情")),
                KeyHint(keys: "e", action: l.text("entry", "录入")),
                KeyHint(keys: "s", action: l.text("summary", "摘要")),
                KeyHint(keys: "Tab", action: l.text("group", "分组")),
                KeyHint(keys: "[ ]", action: l.text("year", "年份")),
                KeyHint(keys: "/", action: l.text("search", "搜索")),
                KeyHint(keys: "L", action: l.text("中文", "English")),
            ] + common + [
                KeyHint(keys: "c", action: l.text("regions", "地区对比")),
                KeyHint(keys: "v", action: l.text("plan", "规划")),
            ]
        case .review:
            return [
                KeyHint(keys: "Space", action: l.text("accept/skip", "接受/跳过")),
                KeyHint(keys: "Enter", action: l.text("save accepted", "保存已接受")),
                KeyHint(keys: "a/x", action: l.text("all/none", "全部/全不")),
                KeyHint(keys: "Esc", action: l.text("leave", "离开")),
            ] + common
        case .compare:
            return [
                KeyHint(keys: "j/k", action: l.text("target", "切换目标")),
                KeyHint(keys: "Esc", action: l.text("back", "返回")),
                KeyHint(keys: "[ ]", action: l.text("year", "年份")),
                KeyHint(keys: "L", action: l.text("中文", "English")),
            ] + common
        case .detail:
            return [
                KeyHint(keys: "j/k", action: l.text("target", "切换目标")),
                KeyHint(keys: "o", action: l.text("overview", "总览")),
                KeyHint(keys: "e", action: l.text("entry", "录入")),
                KeyHint(keys: "[ ]", action: l.text("year", "年份")),
                KeyHint(keys: "L", action: l.text("中文", "English")),
            ] + common + [KeyHint(keys: "c", action: l.text("regions", "地区对比"))]
        case .entry:
            return [
                KeyHint(keys: "0-9", action: l.text("type", "输入")),
                KeyHint(keys: "Del", action: l.text("clear", "清除")),
                KeyHint(keys: "u/U", action: l.text("undo/redo", "撤销/重做")),
                KeyHint(keys: "S", action: l.text("source", "来源")),
                KeyHint(keys: "P", action: l.text("prelim.", "初步")),
                KeyHint(keys: "n", action: l.text("note", "备注")),
                KeyHint(keys: "o", action: l.text("overview", "总览")),
            ] + common + [KeyHint(keys: "w", action: l.text("what if", "情景"))]
        case .help:
            return [
                KeyHint(keys: "j/k", action: l.text("scroll", "滚动")),
                KeyHint(keys: "Esc", action: l.text("close", "关闭")),
                KeyHint(keys: "L", action: l.text("中文", "English")),
            ]
        case .summary:
            return []
        case .since:
            return [
                KeyHint(keys: "[ ]", action: l.text("since: a change back/on", "起点前移/后移")),
                KeyHint(keys: "j/k", action: l.text("scroll", "滚动")),
                KeyHint(keys: "Esc", action: l.text("close", "关闭")),
                KeyHint(keys: "L", action: l.text("中文", "English")),
            ] + common
        }
    }

    /// Every key, in sections, for the help screen.
    static func help(_ l: Language) -> [(section: String, keys: [KeyHint])] {
        [
            (l.text("Screens", "屏幕"), [
                KeyHint(keys: "o", action: l.text("overview: every target of the group", "总览：本组全部目标")),
                KeyHint(keys: "d  Enter", action: l.text("detail of the selected target", "所选目标详情")),
                KeyHint(keys: "e", action: l.text("entry grid: targets by years", "录入表：各目标各年份")),
                KeyHint(keys: "s", action: l.text("summary, ready for a screenshot", "摘要（可截图）")),
                KeyHint(keys: "c", action: l.text("compare the target's indicator across regions (the nation)", "按地区对比所选指标（与全国比较）")),
                KeyHint(keys: "b", action: l.text("since: targets whose status changed after a revision, and why; [ ] move the point by a change (default: the last 30 days)", "变化：某次修订以来评估状态有变化的目标及原因；[ ] 按一次修改移动起点（默认近30天）")),
                KeyHint(keys: "?", action: l.text("this help; ? or Esc closes it", "本帮助；? 或 Esc 关闭")),
                KeyHint(keys: "q", action: l.text("quit (Esc leaves a screen)", "退出（Esc 返回）")),
            ]),
            (l.text("Everywhere", "通用"), [
                KeyHint(keys: "j k  Up Down", action: l.text("select a target", "选择目标")),
                KeyHint(keys: "Tab  g", action: l.text("next group (Shift-Tab: previous)", "下一组（Shift-Tab 上一组）")),
                KeyHint(keys: "[  ]", action: l.text("as-of year back / forward", "评估年份前移 / 后移")),
                KeyHint(keys: "L", action: l.text("English / Chinese", "中文 / 英文")),
                KeyHint(keys: "v  V", action: l.text("next / previous plan of the database", "数据库中的下一个 / 上一个规划")),
                KeyHint(keys: "/", action: l.text("search names in either language; n: next", "按中英文名称搜索；n 下一个")),
                KeyHint(keys: "x", action: l.text("on the summary: save it as SVG", "摘要屏：保存为 SVG")),
                KeyHint(keys: "Ctrl-L", action: l.text("redraw (figures saved elsewhere show at any key)", "重绘（别处保存的数值在按任意键时显示）")),
            ]),
            (l.text("Entry grid", "录入表"), [
                KeyHint(keys: "h l  Left Right", action: l.text("select a year", "选择年份")),
                KeyHint(keys: "0-9 . -", action: l.text("type a value (milestone: y, n or 1, 0)", "输入数值（里程碑：y/n 或 1/0）")),
                KeyHint(keys: "Enter", action: l.text("save and move down; on a cell: edit it", "保存并下移；在单元格上：修改")),
                KeyHint(keys: "Tab", action: l.text("save and move right", "保存并右移")),
                KeyHint(keys: "Esc", action: l.text("cancel the typing", "取消输入")),
                KeyHint(keys: "Del", action: l.text("clear the figure (undo brings it back)", "清除数值（可撤销）")),
                KeyHint(keys: "u  U", action: l.text("undo / redo, as innodash undo / redo", "撤销 / 重做（同命令行）")),
                KeyHint(keys: "S", action: l.text("source for the figures you type", "录入数值的来源")),
                KeyHint(keys: "P", action: l.text("figures you type are preliminary: on/off", "录入数值为初步数：开/关")),
                KeyHint(keys: "n  p", action: l.text("note / preliminary flag of the figure", "该数值的备注 / 初步标记")),
                KeyHint(keys: "w", action: l.text("scenario: type what-if figures, kept apart (w again: official)", "情景：录入假设数值，单独保存（再按 w 回到正式数据）")),
            ]),
        ]
    }

    /// After `x` on the Summary screen: where the picture went, or why it did not.
    public static func savedSVG(_ path: String, _ l: Language) -> String {
        l.text("Saved the summary as \(path)", "摘要已保存为 \(path)")
    }

    public static func svgNotSaved(_ reason: String, _ l: Language) -> String {
        l.text("The summary was not saved: \(reason)", "摘要未保存：\(reason)")
    }

    static func tooSmall(width: Int, height: Int, minWidth: Int, minHeight: Int, _ l: Language) -> String {
        l.text("Terminal too small: \(width)x\(height). innodash needs at least \(minWidth)x\(minHeight); enlarge the window.",
               "终端太小：\(width)x\(height)。innodash 至少需要 \(minWidth)x\(minHeight)，请放大窗口。")
    }
}
