package doc

import "slices"

// endMarks close a wire story or article: （完） and its forms.
var endMarks = []string{"（完）", "(完)", "【完】", "〔完〕", "［完］", "[完]", "（全文完）", "（待续）", "（待續）", "（續完）", "（未完待续）", "（未完待續）", "（つづく）", "（続く）", "（おわり）", "（終わり）", "(계속)", "（계속）", "(끝)", "（끝）", "<끝>", "［了］", "（了）", "-0-"}

// EndMarks returns the marks that close a wire story or article (（完）,
// (끝), -0- …), which the reader keeps as noise nodes of their own and
// writers set at the end of the article's last paragraph.
func EndMarks() []string { return slices.Clone(endMarks) }

// IsEndMark reports whether s is one of EndMarks.
func IsEndMark(s string) bool { return len(s) <= 16 && slices.Contains(endMarks, s) }
