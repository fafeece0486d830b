package newstext

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The reader's shortcuts (cached per-line facts, cheaper tests) must
// answer exactly as the plain functions they stand in for.

// rowPair reports two lines that are rows of one table: both rows, with
// the same number of fields, or two count rows (the plain form of blockLines.rowPair, which
// the reader uses).
func rowPair(a, b string) bool {
	n := tableRow(a)
	m := tableRow(b)
	if n == 0 {
		return countRowPair(a, b)
	}
	return m == n || m == n+1 && electionRow(b) || m == n-1 && electionRow(a)
}

// TestIsLetter holds isLetter to unicode.IsLetter over every rune.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}

// TestAppendFields holds appendFields to strings.FieldsFunc, up to the
// limit it stops at.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "记者 林某 通讯员 周某", "张三、李四，王五;赵六；钱七,孙八", "　姚　静　", "a b c d e f", "\u3000\u3000x\u2003y"} {
		for _, max := range []int{0, 1, 2, 3, 16} {
			want := strings.FieldsFunc(s, isCreditSep)
			if len(want) > max+1 {
				want = want[:max+1]
			}
			var buf [2]string // (a small buffer: appending past it must work too)
			if got := appendFields(buf[:0], s, max, isCreditSep); !slices.Equal(got, want) {
				t.Errorf("appendFields(%q, %d) = %q, want %q", s, max, got, want)
			}
		}
	}
}

// TestBlockLinesRow holds the cached row, rowPair and titleLine of
// blockLines to tableRow, rowPair and isTitleLine, asked in any order, over the lines of the
// reader's test pages and a few tables.
func TestBlockLinesRow(t *testing.T) {
	var text strings.Builder
	for _, s := range fuzzSeeds(t) {
		if utf8.Valid(s) { // (the reader's text is valid UTF-8; the seeds hold GB18030 and Big5 too)
			text.Write(s)
			text.WriteByte('\n')
		}
	}
	text.WriteString("广东 102:98 辽宁\n北京 88:91 浙江\n北京　晴　-3℃～6℃\n19:00　新闻联播\n本轮部分比赛结果：\n")
	lines := splitLines(text.String(), true, true)
	var bl blockLines
	bl.reset(lines)
	for i := len(lines) - 1; i >= 0; i-- { // (backwards: a fresh cache for each pair's first)
		if got, want := bl.row(i), tableRow(lines[i].text); got != want {
			t.Fatalf("row(%d) = %d, tableRow(%q) = %d", i, got, lines[i].text, want)
		}
		if i > 0 && bl.rowPair(i-1, i) != rowPair(lines[i-1].text, lines[i].text) {
			t.Fatalf("rowPair(%d) differs for %q / %q", i, lines[i-1].text, lines[i].text)
		}
	}
	text.WriteString("城市 3月第3周 环比 同比\n北京 23.60 +2.1% -4.8%\n")
	lines = splitLines(text.String(), true, true)
	bl.reset(lines)
	for i := len(lines) - 2; i >= 0; i-- {
		if got, want := bl.headerOver(i), headerOver(lines[i].text, lines[i+1].text); got != want {
			t.Fatalf("headerOver(%d) = %v, headerOver(%q, %q) = %v", i, got, lines[i].text, lines[i+1].text, want)
		}
	}
	if !bl.headerOver(len(lines) - 2) {
		t.Fatal("the header over its row is not found")
	}
	for i := range lines {
		if got, want := bl.titleLine(i), isTitleLine(lines[i].text); got != want {
			t.Fatalf("titleLine(%d) = %v, isTitleLine(%q) = %v", i, got, lines[i].text, want)
		}
		if bl.titleLine(i) != isTitleLine(lines[i].text) { // (asked again: the cached answer)
			t.Fatalf("titleLine(%d) changed when asked again", i)
		}
	}
	// The line facts, asked twice each (the second answer cached), in
	// any order.
	bl.reset(lines)
	for _, i := range []int{3, 0, 1} {
		if i >= len(lines) {
			continue
		}
		for range 2 {
			l := lines[i].text
			if bl.kickerText(i) != isKickerText(l) || bl.stampLine(i) != stampLine(l) || bl.boxRow(i) != boxRow(l) {
				t.Fatalf("line facts of %q differ from the plain tests", l)
			}
		}
	}
	for i := range lines {
		l := lines[i].text
		if bl.titleLine(i) != isTitleLine(l) || bl.kickerText(i) != isKickerText(l) || bl.stampLine(i) != stampLine(l) || bl.boxRow(i) != boxRow(l) {
			t.Fatalf("line facts of %q differ from the plain tests", l)
		}
	}
	b := &builder{measure: 20}
	b.block.reset(lines)
	for i := len(lines) - 2; i >= 0; i-- {
		want := b.endsShortLine(lines[i], lines[i+1].text)
		if b.endsShortAt(i) != want || b.endsShortAt(i) != want {
			t.Fatalf("endsShortAt(%d) differs from endsShortLine for %q / %q", i, lines[i].text, lines[i+1].text)
		}
	}
	bl.reset(lines[:2]) // a reset forgets the answers
	if got, want := bl.row(0), tableRow(lines[0].text); got != want {
		t.Fatalf("after reset: row(0) = %d, want %d", got, want)
	}
}

// TestCheapMarkTests holds mayHoldCrumbMark to strings.ContainsAny and
// leadChars to the rune lists it stood for.
func TestCheapMarkTests(t *testing.T) {
	for _, s := range []string{"", "新华网 > 时政 > 正文", "首頁 › 國際", "首页＞国际", "a » b", "无标记的一行", "≥ 不是", "〉书名"} {
		if got, want := mayHoldCrumbMark(s), strings.ContainsAny(s, ">＞›»"); got != want {
			t.Errorf("mayHoldCrumbMark(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"", "“引", "（注", "中，", "中文", "a）", "ab", "中”"} {
		want := 1
		r, w := firstRune(s)
		if r2, _ := firstRune(s[w:]); strings.ContainsRune("“‘「『（《【〔", r) || isCloseBracket(r2) || strings.ContainsRune("，。、；：！？）」』”’", r2) {
			want = 2
		}
		if got := leadChars(s); got != want {
			t.Errorf("leadChars(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestKoreanProgram holds koreanProgram to the programs it names, with
// and without a broadcaster's name and its space before them.
func TestKoreanProgram(t *testing.T) {
	for s, want := range map[string]bool{
		"뉴스 9": true, "뉴스9": true, "8뉴스": true, "KBS 뉴스 9": true, "뉴스광장": true, "MBC 뉴스데스크": true,
		"KBS뉴스광장": false, "KBS  뉴스 9": false, "SBS": false, "SBS ": false, "뉴스": false, "오늘의 뉴스 9": false,
	} {
		if got := koreanProgram(s); got != want {
			t.Errorf("koreanProgram(%q) = %v, want %v", s, got, want)
		}
	}
	for _, p := range koreanProgramNames { // (koreanProgram skips a line without 뉴스)
		if !strings.Contains(p, "뉴스") {
			t.Errorf("program %q holds no 뉴스", p)
		}
	}
}

// TestReporterRolesLead holds the roles reporterDateline looks for to
// the first runes it lets through.
func TestReporterRolesLead(t *testing.T) {
	for _, r := range reporterRoles {
		if first, _ := firstRune(r); !reporterRoleFirst(first) {
			t.Errorf("role %q opens with %q, which reporterRoleFirst turns down", r, first)
		}
	}
	if _, _, ok := reporterDateline("記者王小明／台北報導"); !ok {
		t.Error("記者王小明／台北報導 is not read as a dateline")
	}
}

// TestKickerCueLast holds kickerCues to the last runes kickerCue lets
// through.
func TestKickerCueLast(t *testing.T) {
	for _, c := range kickerCues {
		if last, _ := decodeLast(c); !kickerCueLast(last) {
			t.Errorf("cue %q ends in %q, which kickerCueLast turns down", c, last)
		}
		if kickerCue("张庆伟在全省大会上"+c) != c {
			t.Errorf("the cue %q ending a kicker is not found", c)
		}
	}
}

// TestIndexColon holds indexColon to strings.IndexAny.
func TestIndexColon(t *testing.T) {
	for _, s := range []string{"", ":", "：", "a:b：c", "编辑：王:五", "无冒号", "x：y", "12:30", "：:"} {
		if got, want := indexColon(s), strings.IndexAny(s, "：:"); got != want {
			t.Errorf("indexColon(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestPortalStamp holds isPortalStamp to the stamps it reads, each
// opening or ending with a rune its first test looks for.
func TestPortalStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"12/3(火) 10:25配信": true, "最終更新:12/3(火) 11:00": true, "更新：12/3(火) 11:00": true, "12/3(火) 9:05更新": true, "12/3(火) 9:05掲載": true,
		"12/3(火) 10:25": false, "配信": false, "首相が会見": false,
	} {
		if got := isPortalStamp(s); got != want {
			t.Errorf("isPortalStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPositionStarts holds positionStarts to the second rune of every
// position mark, and mayOpenPageNumber to pageNumber: every text of up
// to four runes of a page number's alphabet and some others that
// pageNumber accepts opens as mayOpenPageNumber allows.
func TestPositionStarts(t *testing.T) {
	for _, m := range positionMarks {
		_, w := firstRune(m)
		if r, _ := firstRune(m[w:]); !strings.ContainsRune(positionStarts, r) {
			t.Errorf("position mark %s: %q is not in positionStarts", m, r)
		}
	}
	alphabet := []rune("3０-—–－ 　第页頁〇十二A版x")
	var gen func(prefix []rune)
	accepted := 0
	gen = func(prefix []rune) {
		s := string(prefix)
		if pageNumber(s) {
			accepted++
			if !mayOpenPageNumber(s) {
				t.Errorf("pageNumber(%q) but not mayOpenPageNumber", s)
			}
		}
		if len(prefix) == 4 {
			return
		}
		for _, r := range alphabet {
			gen(append(prefix, r))
		}
	}
	gen(nil)
	if accepted == 0 {
		t.Fatal("no page number generated")
	}
}

// TestHasDigit holds hasDigit to a decoding search for the digits
// tableRow counts.
func TestHasDigit(t *testing.T) {
	for _, s := range []string{"", "a", "广东 102:98 辽宁", "北京　晴", "１２", "ｘ", "\uFF10", "\uFF19", "\uFF1A", "\uFF0F", "０", "abc9", "。"} {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }) >= 0
		if got := hasDigit(s); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnitSize keeps a unit at 96 bytes and its features at 56 on 64-bit
// platforms: the reader makes one of each for every few dozen bytes of
// text, and larger ones cost the copying, zeroing and collecting of all
// of them.
func TestUnitSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(unit{}) > 96 {
		t.Errorf("a unit takes %d bytes, want at most 96: keep the small fields together (build.go)", unsafe.Sizeof(unit{}))
	}
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(feats{}) > 56 {
		t.Errorf("a unit's feats take %d bytes, want at most 56: keep the flags together (features.go)", unsafe.Sizeof(feats{}))
	}
}

// TestShortFirstField holds paddedName to paddedFields, the test without
// shortFirstField's shortcut, over the lines of the reader's test pages
// and texts of padded names and spaces.
func TestShortFirstField(t *testing.T) {
	texts := []string{"", " ", "王　芳", "欧阳　文", "王　　芳", "　王　芳　", "王芳", "前　言", "王 芳 华", "记者 王芳", "a b", "abc d"}
	for _, s := range fuzzSeeds(t) {
		if utf8.Valid(s) {
			texts = append(texts, strings.Split(string(s), "\n")...)
		}
	}
	padded := 0
	for _, s := range texts {
		got, want := paddedName(s), paddedFields(s)
		if got != want {
			t.Errorf("paddedName(%q) = %v, paddedFields %v", s, got, want)
		}
		if want {
			padded++
		}
	}
	if padded < 3 {
		t.Fatalf("only %d padded names among the texts", padded)
	}
}
