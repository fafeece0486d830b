package newstext

import "strings"

// A Chinese table of figures set as text closes with its figures' source
// under its last row, 資料來源：香港影業協會 under a box office table, the
// Traditional wording of 数据来源：… (notePrefixes): under the rows it is
// the table's note, as 数据来源： is (blind page hk-yule-shouyingli-
// piaofang). Elsewhere the line stays the source line it is (noise): under
// a ● list of tips (tw-factbox, hk-jiankang-fukan-18), under the text, or
// in a web page's stamp.

// tableSourceCues open a table's source line, each with its colon.
var tableSourceCues = []string{"資料來源：", "資料來源:", "资料来源：", "资料来源:", "來源：", "來源:", "来源：", "来源:"}

// markTableSources makes a note of each line opening with a table source
// cue (tableSourceCues: a source line, or text where the cue is none of
// sourceCues, 资料来源：), short as a note is, whose nearest unit above is
// a table's row.
func (b *builder) markTableSources(sc *scorer) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if !(u.kind == uNoise && u.noise == noiseSource || u.kind == uText && !u.verbatim) || !atMost(u.text, 60) || !tableSource(u.text) {
			continue
		}
		if p := sc.prevContent(i); p < 0 || !sc.fs[p].row || sc.us[p].kind != uText {
			continue
		}
		u.kind, u.noise, u.summed = uNote, "", false
	}
}

// tableSource reports a line opening with a table source cue
// (tableSourceCues) and naming a source after it.
func tableSource(s string) bool {
	for _, c := range tableSourceCues {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return trimSpace(rest) != ""
		}
	}
	return false
}
