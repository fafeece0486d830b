package newstext

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tests in this file check that the reader's shortcuts agree with the
// exact rules they spare it from running.

// TestNFCInert checks every rune nfcInert accepts: NFC leaves it alone, it
// has no combining class and never combines with the rune before it, so a
// text made only of such runes is in NFC.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !nfcInert(r) || !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if norm.NFC.String(s) != s || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("nfcInert(%U) but NFC may change it", r)
		}
	}
}

// TestIsNormalAround compares normalizeNFC, which checks only the runs of
// runes that are not nfcInert (with the rune before each), with
// norm.NFC.IsNormalString on the whole text: random text mixing inert
// runes with combining marks, jamo, kana voicing marks and singletons,
// short and past scan's cut into two halves.
func TestIsNormalAround(t *testing.T) {
	pieces := []string{"中", "e", "a", "한", "가", "か", "㎞", "α", "\u0301", "\u0323", "\u11A8", "\u1100", "\u1161", "\u3099", "\u212B", "\u00C5", "\u034F", " ", "\n", "。"}
	rng := rand.New(rand.NewPCG(17, 18))
	pad := strings.Repeat("中文", parallelBytes/6+1) + "\n"
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(12))
		if i%500 == 0 {
			s = randomText(rng, pieces, 3) + pad + s // halves: odd runes in either or both
		}
		st, err := scan(s)
		if err != nil {
			t.Fatal(err)
		}
		want := norm.NFC.String(s)
		if st.nfcSafe && want != s {
			t.Fatalf("scan(%q) finds it NFC-safe, NFC gives %q", s, want)
		}
		if got := normalizeNFC(s, st); got != want {
			t.Fatalf("normalizeNFC(%q) = %q, want %q", s, got, want)
		}
		if !st.nfcSafe {
			if got := isNormalAround(s, st.nfcFrom, st.nfcTo); got != norm.NFC.IsNormalString(s) {
				t.Fatalf("isNormalAround(%q) = %v", s, got)
			}
		}
	}
}

// TestAllNFCInert checks renormalize's shortcut: allNFCInert holds of a
// text exactly when each of its runes is nfcInert, and such a text is in
// NFC (random text of inert runes, combining marks, jamo and singletons).
func TestAllNFCInert(t *testing.T) {
	pieces := []string{"中", "e", "한", "か", "㎞", "α", "。", " ", "\u0301", "\u11A8", "\u3099", "\u212B", "\U00020BB7", "\U0002F800"}
	rng := rand.New(rand.NewPCG(19, 20))
	inert := 0
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(8))
		want := true
		for _, r := range s {
			want = want && nfcInert(r)
		}
		got := allNFCInert(s)
		if got != want {
			t.Fatalf("allNFCInert(%q) = %v, want %v", s, got, want)
		}
		if got {
			inert++
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("allNFCInert(%q) but it is not NFC", s)
			}
		}
	}
	if inert == 0 || inert == 20000 {
		t.Fatalf("%d of 20000 texts inert: the test does not try both answers", inert)
	}
}

// TestEndMarkCloses checks that every end mark ends as trailingEndMark's
// first test expects.
func TestEndMarkCloses(t *testing.T) {
	for _, m := range endMarks {
		if r, _ := decodeLast(m); !isCloseBracket(r) && r != '>' && r != '-' {
			t.Errorf("end mark %q ends in %q", m, r)
		}
	}
}

// TestCopyrightKeys checks that every copyright cue holds a key rune, so
// that hasCopyrightKey never skips a line holding a cue.
func TestCopyrightKeys(t *testing.T) {
	for _, c := range copyrightCues {
		if !hasCopyrightKey(c) {
			t.Errorf("cue %q holds no copyrightKey rune", c)
		}
	}
	for _, s := range []string{"本报记者 王小明", "新华社北京12月1日电", "홍길동 기자"} {
		if isCopyright(s) {
			t.Errorf("isCopyright(%q)", s)
		}
	}
	for _, s := range []string{"版权所有 人民日报社", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "未经许可不得转载", "Copyright 2024. All rights reserved"} {
		if !isCopyright(s) {
			t.Errorf("!isCopyright(%q)", s)
		}
	}
}

// TestColumns compares columns, counted eight bytes at a time, with
// counting byte by byte, on random bytes and text.
func TestColumns(t *testing.T) {
	want := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c < 0x80:
				n++
			case c >= 0xE0:
				n += 2
			case c >= 0xC0:
				n++
			}
		}
		return n
	}
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", " ", "中", "국", "𠮷", "é", "。", "　"}
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.IntN(40))
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		for _, s := range []string{string(b), randomText(rng, pieces, rng.IntN(30))} {
			if got, want := columns(s), want(s); got != want {
				t.Fatalf("columns(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

// TestRoleWordsFrom compares roleWordAt and findRole, which compare only
// the role words opening with the rune where a role may start, with
// comparing every role word, on the corpus texts and random credits.
func TestRoleWordsFrom(t *testing.T) {
	wordAt := func(s string) bool {
		for _, kw := range roleWords {
			if strings.HasPrefix(s, kw) {
				return true
			}
		}
		return false
	}
	find := func(t string) (int, string) {
		best, bestKw := -1, ""
		for i, r := range t {
			if !isRoleStart(r) {
				continue
			}
			for _, kw := range roleWords {
				if len(kw) > len(bestKw) && strings.HasPrefix(t[i:], kw) && !crewRoleGoesOn(kw, t[i+len(kw):]) && !roleCompoundGoesOn(kw, t[i+len(kw):]) {
					best, bestKw = i, kw // (摄像机 is no 摄像: crewrole.go; 读者证 no 读者: rolecompound.go)
				}
			}
			if best >= 0 {
				break
			}
		}
		if bestKw == "本报评论员" {
			return best + len("本报"), "评论员"
		}
		return best, bestKw
	}
	texts := corpusTexts(t)
	pieces := append([]string{"王", "中", " ", "：", "/", "a", "本报", "特约", "实习", "记", "图"}, roleWords...)
	rng := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 20000; i++ {
		texts = append(texts, randomText(rng, pieces, rng.IntN(6)))
	}
	for _, s := range texts {
		for i, r := range s {
			if isRoleStart(r) && roleWordAt(s[i:]) != wordAt(s[i:]) {
				t.Fatalf("roleWordAt(%q) = %v", s[i:], !wordAt(s[i:]))
			}
		}
		k, kw := findRole(s)
		if wk, wkw := find(s); k != wk || kw != wkw {
			t.Fatalf("findRole(%q) = %d, %q, want %d, %q", s, k, kw, wk, wkw)
		}
	}
}

// TestReporterSlashWindow checks reporterDateline's window: the first
// slash within 24 runes is the first slash of the text, found in its first
// 24*4+3 bytes, so the window finds it exactly when the whole text does.
func TestReporterSlashWindow(t *testing.T) {
	texts := corpusTexts(t)
	pieces := []string{"記者", "林", "a", " ", "/", "／", "報導", "𠮷", "。"}
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 20000; i++ {
		texts = append(texts, randomText(rng, pieces, rng.IntN(60)))
	}
	for _, s := range texts {
		k := indexSlash(s)
		ok := k >= 0 && atMost(s[:k], 24)
		kw := indexSlash(s[:min(len(s), 24*utf8.UTFMax+len("／"))])
		okw := kw >= 0 && atMost(s[:kw], 24)
		if ok != okw || ok && k != kw {
			t.Fatalf("%q: slash at %d (%v) in the text, %d (%v) in the window", s, k, ok, kw, okw)
		}
	}
}

// TestLastIndexNear checks that lastIndexNear finds the separator within
// the last n runes exactly as LastIndex and atMost do together, on random
// Korean and Chinese text.
func TestLastIndexNear(t *testing.T) {
	pieces := []string{"가", "다", " ", "/", ". ", ".", "中", "a", "𠮷", " /", "기자"}
	rng := rand.New(rand.NewPCG(13, 14))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(40))
		for _, sep := range []string{" /", ". "} {
			for _, n := range []int{16, 20, 24} {
				k := strings.LastIndex(s, sep)
				want := k > 0 && atMost(s[k:], n)
				kn := lastIndexNear(s, sep, n)
				if got := kn > 0 && atMost(s[kn:], n); got != want || want && k != kn {
					t.Fatalf("lastIndexNear(%q, %q, %d) = %d, LastIndex %d", s, sep, n, kn, k)
				}
			}
		}
	}
}

// TestEndsInSlashCreditSum compares endsInSlashCreditSum with its summary
// and without, on the corpus texts and random credits.
func TestEndsInSlashCreditSum(t *testing.T) {
	texts := corpusTexts(t)
	pieces := []string{"記者", "林怡君", "／", "/", "攝影", "圖", "。", "！", " ", "　", "說明", "가", "提供"}
	rng := rand.New(rand.NewPCG(15, 16))
	for i := 0; i < 20000; i++ {
		texts = append(texts, randomText(rng, pieces, rng.IntN(12)))
	}
	for _, s := range texts {
		sm := summaryFor(s, nil)
		if got, want := endsInSlashCreditSum(s, sm), endsInSlashCredit(s); got != want {
			t.Fatalf("endsInSlashCreditSum(%q) = %v, without a summary %v", s, got, want)
		}
	}
}

// TestHasCopyrightCue compares hasCopyrightCue with searching for each
// cue, on the corpus texts and on random text made of the cues, their
// pieces and their neighbours in Korean, Chinese and English text.
func TestHasCopyrightCue(t *testing.T) {
	search := func(s string) bool {
		for _, c := range copyrightCues {
			if strings.Contains(s, c) {
				return true
			}
		}
		return false
	}
	for _, s := range corpusTexts(t) {
		if got, want := hasCopyrightCue(s), search(s); got != want {
			t.Errorf("hasCopyrightCue(%q) = %v, want %v", s, got, want)
		}
	}
	pieces := append([]string{" ", "단", "무", "전재", "版", "权", "所有", "未经", "载", "DB", "All", "rights", "v", "D", "금지", "재판매", "및", "중", "한"}, copyrightCues...)
	for _, c := range copyrightCues {
		if k := len(c) / 2; utf8.RuneStart(c[k]) {
			pieces = append(pieces, c[:k], c[k:])
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 50000; i++ {
		s := randomText(rng, pieces, rng.IntN(6))
		if got, want := hasCopyrightCue(s), search(s); got != want {
			t.Fatalf("hasCopyrightCue(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasCopyrightKey compares hasCopyrightKey's byte scan with decoding
// every rune and asking copyrightKey, on text mixing the keys with other
// runes of the same lead bytes, ASCII, Hangul and four-byte runes.
func TestHasCopyrightKey(t *testing.T) {
	pieces := []string{"a", "d", "V", " ", "中", "国", "한", "𠮷", "é", "。", "版", "未", "载", "載", "断", "립", "단", "포", "권", "D", "v", "牌", "板", "末", "栽"}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(8))
		want := false
		for _, r := range s {
			want = want || copyrightKey(r)
		}
		if got := hasCopyrightKey(s); got != want {
			t.Fatalf("hasCopyrightKey(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAtMost compares atMost with counting the runes, on text mixing
// ASCII, CJK, Hangul and four-byte runes at every length and offset, and
// continuationBytes with a byte loop on any bytes.
func TestAtMost(t *testing.T) {
	pieces := []string{"a", " ", "中", "국", "𠮷", "é", "。"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		s := randomText(rng, pieces, rng.IntN(60))
		runes := utf8.RuneCountInString(s)
		for n := 0; n <= runes+2; n++ {
			if got, want := atMost(s, n), runes <= n; got != want {
				t.Fatalf("atMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
	for i := 0; i < 5000; i++ {
		b := make([]byte, rng.IntN(40))
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		want := 0
		for _, c := range b {
			if c&0xC0 == 0x80 {
				want++
			}
		}
		if got := continuationBytes(string(b)); got != want {
			t.Fatalf("continuationBytes(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestRuneSwitches compares the rune switches with the lists they replace.
func TestRuneSwitches(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := notAfterTerm(r), strings.ContainsRune("视话脑力子影台器网源梯商竞动站池路缆厂费报线器邮讯波量机息号視話腦網", r); got != want {
			t.Errorf("notAfterTerm(%q) = %v", r, got)
		}
		if got, want := isDigitOrNumeral(r), r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇零一二三四五六七八九十两", r); got != want {
			t.Errorf("isDigitOrNumeral(%q) = %v", r, got)
		}
	}
	for _, kw := range roleWords {
		if r, w := utf8.DecodeRuneInString(kw); !isRoleStart(r) || w != 3 {
			t.Errorf("role word %s does not start with a three-byte isRoleStart rune", kw)
		}
	}
}

// corpusTexts returns the lines of the fuzz seeds (case files, samples,
// the seed page), the insides of their brackets and the lines' tails
// after each bracket: texts the recognisers meet.
func corpusTexts(t *testing.T) []string {
	var out []string
	for _, in := range fuzzSeeds(t) {
		for _, l := range strings.Split(string(in), "\n") {
			l = trimSpace(l)
			out = append(out, l)
			for i, r := range l {
				if closeFor(r) == 0 {
					continue
				}
				if inner, end, ok := leadingBracket(l[i:]); ok {
					out = append(out, inner, trimSpace(l[i+end:]))
				}
			}
		}
	}
	return out
}

// TestShortcutsOnCorpus checks, on every text of the corpus, that the
// role pre-check never refuses a credit strict parsing accepts and that
// the memoised classification agrees with classifyText and standsAlone,
// but for the noise the page's context vetoes.
func TestShortcutsOnCorpus(t *testing.T) {
	var b builder
	texts := corpusTexts(t)
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	credits := 0
	for _, s := range texts {
		if _, ok := parseCredit(s, true); ok {
			credits++
			if !mayHoldRole(s) {
				t.Errorf("mayHoldRole(%q) = false, but parseCredit accepts it", s)
			}
		}
		for range 2 { // the second time from the memo
			k, cr, noise := b.classify(s)
			k2, cr2, noise2 := classifyText(s)
			// (A bare full-width stamp or a folio with a bare page number
			// is noise only where the page sets it, which this builder
			// of no page never does.)
			vetoed := b.pageVetoes(s, noise2)
			if vetoed {
				k2, noise2 = uText, ""
			}
			if k != k2 || noise != noise2 || strings.Join(cr.names, "|") != strings.Join(cr2.names, "|") || strings.Join(cr.roles, "|") != strings.Join(cr2.roles, "|") || cr.org != cr2.org {
				t.Errorf("classify(%q) = %v %q, classifyText gives %v %q", s, k, noise, k2, noise2)
			}
			if got, want := b.standsAlone(s), standsAlone(s) && !vetoed; got != want {
				t.Errorf("b.standsAlone(%q) = %v, want %v", s, got, want)
			}
		}
	}
	if credits < 50 {
		t.Errorf("only %d credits in the corpus: the role pre-check is hardly tested", credits)
	}
}

// TestRuneSetInCorpus compares runeSet.in with strings.ContainsAny on
// the corpus's valid UTF-8 (the reader decodes its input first), for the
// sets the reader asks about.
func TestRuneSetInCorpus(t *testing.T) {
	sets := []string{"。！？!?", "，、：；,;:", "　 ", "，,、", "。！？", "版年编編校审", "Dv립단포권版未载載断"}
	for _, s := range corpusTexts(t) {
		if !utf8.ValidString(s) {
			continue
		}
		for _, set := range sets {
			if got, want := newRuneSet(set).in(s), strings.ContainsAny(s, set); got != want {
				t.Errorf("newRuneSet(%q).in(%q) = %v", set, s, got)
			}
		}
	}
}

// TestMayEndDateline checks that datelineWalk finds a dateline only
// in text mayEndDateline admits, on the corpus texts and random datelines
// and prose, and that every report word opens with 報 or 报, as
// reportedLeadCredit's first test assumes.
func TestMayEndDateline(t *testing.T) {
	texts := corpusTexts(t)
	pieces := []string{"新华社", "北京", "12月", "3日", "电", "讯", "本报", "消息", "綜合外電報導", "外电报道", "中", "、", "，", "a", "1", "１", "專", "视"}
	rng := rand.New(rand.NewPCG(19, 20))
	for i := 0; i < 50000; i++ {
		texts = append(texts, randomText(rng, pieces, rng.IntN(10)))
	}
	found := 0
	for _, s := range texts {
		if _, _, ok := datelineWalk(s); ok {
			found++
			if !mayEndDateline(s) {
				t.Fatalf("datelineWalk(%q) finds a dateline mayEndDateline rules out", s)
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d datelines among the texts", found)
	}
	for _, w := range reportWords {
		if !strings.HasPrefix(w, "報") && !strings.HasPrefix(w, "报") {
			t.Errorf("report word %q opens with neither 報 nor 报", w)
		}
	}
}

// TestDateSeparator checks that datedEdition accepts no text without a
// date separator, which isDatedEdition rules out before splitting it.
func TestDateSeparator(t *testing.T) {
	texts := corpusTexts(t)
	pieces := []string{"2024/12/03", "2024-12-3", "2024.12.03", "2024", "/", "-", ".", "12", " ", "　", "／", "聯合報", "A8版", "｜", "北市"}
	rng := rand.New(rand.NewPCG(21, 22))
	for i := 0; i < 50000; i++ {
		texts = append(texts, randomText(rng, pieces, rng.IntN(8)))
	}
	found := 0
	for _, s := range texts {
		if datedEdition(s) {
			found++
			if !hasDateSeparator(s) {
				t.Fatalf("datedEdition(%q) with no date separator", s)
			}
		}
	}
	if found < 10 {
		t.Errorf("only %d dated editions among the texts", found)
	}
}

// TestUnitFeatsKicker checks that unitFeats, which reuses the dateline it
// parsed for isKicker's test, finds a text a kicker exactly as isKicker
// does, in every language, but for the lines its language reads as text
// (textNotTitle), which isKicker, reading any language, does not know.
func TestUnitFeatsKicker(t *testing.T) {
	texts := append(corpusTexts(t), "【東京】", "【東京】共同", "〔時事〕", "（新华社）", "本报讯", "新华社北京12月3日电")
	for _, lang := range []string{"", "zh-Hans", "zh-Hant", "ja", "ko"} {
		for _, s := range texts {
			if s == "" || !utf8.ValidString(s) {
				continue // (the reader's text is valid UTF-8)
			}
			u := unit{kind: uText, text: s}
			f := unitFeats(&u, lang)
			if u.lead != leadNone || !atMost(s, capRunes) {
				continue
			}
			if got, want := f.title && !f.noKicker, isKicker(s) && !textNotTitle(s, lang); got != want {
				t.Errorf("unitFeats(%q, %s) takes it for a kicker: %v, isKicker %v", s, lang, got, want)
			}
		}
	}
}

// TestDecoders compares runeAt, firstRune and decodeLast with the utf8
// package on random bytes, valid and not, and firstRune on every string
// of up to three bytes whose first is a lead byte.
func TestDecoders(t *testing.T) {
	for _, s := range []string{"", "a", "\xe4", "\xe4\xb8"} {
		r, w := firstRune(s)
		if r2, w2 := utf8.DecodeRuneInString(s); r != r2 || w != w2 {
			t.Fatalf("firstRune(%q) = %q %d, want %q %d", s, r, w, r2, w2)
		}
	}
	b := make([]byte, 3)
	for c0 := 0xC0; c0 < 0x100; c0++ {
		for c1 := 0; c1 < 0x100; c1++ {
			for c2 := 0; c2 < 0x100; c2 += 7 {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				r, w := firstRune(string(b))
				if r2, w2 := utf8.DecodeRune(b); r != r2 || w != w2 {
					t.Fatalf("firstRune(%q) = %q %d, want %q %d", b, r, w, r2, w2)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "中", "국", "𠮷", "é", "。", "\xe4", "\xb8", "\xed\xa0\x80", "\xe0\x80\xaf", "\xef\xbf\xbd"}
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, 1+rng.IntN(4))
		r, w := runeAt(s, 0)
		r2, w2 := utf8.DecodeRuneInString(s)
		if r != r2 || w != w2 {
			t.Fatalf("runeAt(%q) = %q %d, want %q %d", s, r, w, r2, w2)
		}
		if r, w = firstRune(s); r != r2 || w != w2 {
			t.Fatalf("firstRune(%q) = %q %d, want %q %d", s, r, w, r2, w2)
		}
		r, w = decodeLast(s)
		r2, w2 = utf8.DecodeLastRuneInString(s)
		if r != r2 || w != w2 {
			t.Fatalf("decodeLast(%q) = %q %d, want %q %d", s, r, w, r2, w2)
		}
	}
}

// TestSummarize compares summarize with the scans it replaces: the rune
// count of atMost, and each key set's search, on random text mixing the
// key runes with ASCII, CJK, Hangul, two- and four-byte runes.
func TestSummarize(t *testing.T) {
	pieces := []string{"a", "D", "v", " ", "中", "版", "年", "编", "记", "者", "기", "립", "。", "，", "！", "？", "é", "𠮷", "载", "本", "　", "1", "；", "：", "、", "!", "?", ";", ":", ",", ".", "=", "@", "（", "＝", "사", "扫", "掃", "时", "點", "前", "剛", "阅", "播", "訪", "自", "来"}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(12)+rng.IntN(2)*rng.IntN(50))
		sm := summarize(s)
		if sm.runes != utf8.RuneCountInString(s) {
			t.Fatalf("summarize(%q).runes = %d", s, sm.runes)
		}
		for _, k := range []struct {
			key  uint32
			want bool
		}{{keyCopyright, hasCopyrightKey(s)}, {keyFurniture, furnitureCues.in(s)}, {keyRole, roleCues.in(s)}, {keyClauseEnd, hasClauseEnd(s)},
			{keySentence, hasSentencePunct(s)}, {keyStop, stops.in(s)}, {keyInner, innerPuncts.in(s)}, {keySpace, spaces.in(s)},
			{keyMail, strings.ContainsAny(s, "=@")}, {keyParen, strings.Contains(s, "（")}, {keyForeign, strings.ContainsAny(s, "＝사ⓒ©")}, {keyScan, strings.ContainsAny(s, "扫掃")},
			{keyStampTime, mayHoldStampTime(s)}, {keyReadWord, mayHoldReadWord(s)}, {keyFrom, strings.Contains(s, "自")}} {
			if sm.has(k.key) != k.want {
				t.Fatalf("summarize(%q).has(%b) = %v, want %v", s, k.key, !k.want, k.want)
			}
		}
		for _, n := range []int{0, 3, 8, 40, 48, 60} {
			if sm.atMost(n) != atMost(s, n) {
				t.Fatalf("summarize(%q).atMost(%d) disagrees", s, n)
			}
		}
		// The recognisers that take a summary answer as without one.
		if a, b := isKickerTextSum(s, &sm), isKickerText(s); a != b {
			t.Fatalf("isKickerTextSum(%q) = %v, isKickerText = %v", s, a, b)
		}
		if a, b := isTitleLineSum(s, &sm), isTitleLine(s); a != b {
			t.Fatalf("isTitleLineSum(%q) = %v, isTitleLine = %v", s, a, b)
		}
		if a, b := headMarkerSum(s, &sm), headMarker(s); a != b {
			t.Fatalf("headMarkerSum(%q) = %q, headMarker = %q", s, a, b)
		}
	}
}

// TestSumTable checks the table summarize reads against sumKeys, rune
// by rune: the ranges it fills without asking must agree.
func TestSumTable(t *testing.T) {
	tab := sumTable()
	for r := rune(0); r < 1<<16; r++ {
		if tab[r] != sumKeys(r) {
			t.Errorf("sumTable[%U] = %b, sumKeys = %b", r, tab[r], sumKeys(r))
		}
	}
}

// TestCreditRune checks isCreditRune (which keyNotCredit is made of)
// against creditChars, rune by rune over the BMP.
func TestCreditRune(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		ok, _ := creditChars(string(r))
		if ok != isCreditRune(r) {
			t.Errorf("creditChars(%q) = %v, isCreditRune = %v", r, ok, !ok)
		}
		if s := summarize(string(r)); s.has(keyNotCredit) == ok {
			t.Errorf("summarize(%q).has(keyNotCredit) = %v", r, !ok)
		}
	}
}

// TestUnitSummaries checks that every unit holding a summary (unit.sum,
// made for classifyText and read again by unitFeats) holds its text's,
// after labelling, on every case file, sample and the seed.
func TestUnitSummaries(t *testing.T) {
	checked := 0
	for _, data := range fuzzSeeds(t) {
		text, _, st, ok := scanRaw(data, "", false)
		if !ok || st.nonSpace == 0 {
			continue
		}
		b := builder{ctx: context.Background(), lang: detectLang(st, "utf-8"), serial: true}
		if err := b.split(splitLines(normalizeNFC(text, st), st.hasCR, st.hasUBreak)); err != nil {
			t.Fatal(err)
		}
		b.label()
		for _, u := range b.units {
			if !u.summed {
				continue
			}
			checked++
			if u.sum != summarize(u.text) {
				t.Fatalf("unit %q (line %d) holds the summary %+v, its text's is %+v", u.text, u.line, u.sum, summarize(u.text))
			}
		}
	}
	if checked < 200 {
		t.Fatalf("only %d units with a summary checked", checked)
	}
	t.Logf("%d units checked", checked)
}

// TestHasPositionMark compares hasPositionMark, which looks for the marks
// only where a （ stands, with searching for each mark.
func TestHasPositionMark(t *testing.T) {
	want := func(s string) bool {
		if !atMost(s, 80) {
			return false
		}
		for _, m := range positionMarks {
			if strings.Contains(s, m) {
				return oneShortSentence(s)
			}
		}
		return false
	}
	pieces := append([]string{"（", "）", "左", "右", "中", "前排", "黄思汉", "与", "。", "，", "a"}, positionMarks...)
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(10))
		if got := hasPositionMark(s); got != want(s) {
			t.Fatalf("hasPositionMark(%q) = %v, want %v", s, got, !got)
		}
	}
}

// TestUnitLeads checks that every body unit's datelineLead, which expand
// trusts instead of parsing the unit's dateline again, holds what
// leadsWithDateline says of its text after labelling, on every case file,
// sample and the seed.
func TestUnitLeads(t *testing.T) {
	checked, leads := 0, 0
	for _, data := range fuzzSeeds(t) {
		text, _, st, ok := scanRaw(data, "", false)
		if !ok || st.nonSpace == 0 {
			continue
		}
		b := builder{ctx: context.Background(), lang: detectLang(st, "utf-8"), serial: true}
		if err := b.split(splitLines(normalizeNFC(text, st), st.hasCR, st.hasUBreak)); err != nil {
			t.Fatal(err)
		}
		b.label()
		for _, u := range b.units {
			if u.kind != uText || u.verbatim {
				continue
			}
			checked++
			ok, _ := leadsWithDateline(u.text, b.lang)
			if u.lead != leadOf(ok) {
				t.Fatalf("unit %q (line %d) holds the lead %d, leadsWithDateline says %v", u.text, u.line, u.lead, ok)
			}
			if ok {
				leads++
			}
		}
	}
	if checked < 200 || leads < 20 {
		t.Fatalf("only %d body units (%d led by a dateline) checked", checked, leads)
	}
}

// TestJoinedSum checks that the summary of joined lines made of the
// lines' summaries is the summary of their joined text, for every run of
// lines of random blocks (Latin words, which join with a space, CJK, a
// lone #, long lines without a summary), and that a copy of the lines is
// not taken for the block's.
func TestJoinedSum(t *testing.T) {
	pieces := []string{"a", "word", " ", "中", "。", "，", "记者", "#", "＝", "사진", "-", "（", "）", "=", strings.Repeat("长", 70)}
	rng := rand.New(rand.NewPCG(9, 10))
	var bl blockLines
	composed := 0
	for i := 0; i < 3000; i++ {
		ls := make([]srcLine, 1+rng.IntN(5))
		for k := range ls {
			ls[k].text = trimSpace(randomText(rng, pieces, 1+rng.IntN(6)))
		}
		bl.reset(ls)
		for a := range ls {
			for z := a + 1; z <= len(ls); z++ {
				text := joinLines(ls[a:z])
				sm, ok := bl.joinedSum(ls[a:z], text)
				if !ok {
					continue
				}
				composed++
				if sm != summarize(text) {
					t.Fatalf("joinedSum(%q) = %+v, summarize gives %+v", text, sm, summarize(text))
				}
			}
		}
		if _, ok := bl.joinedSum(append([]srcLine(nil), ls...), joinLines(ls)); ok {
			t.Fatal("joinedSum took a copy of the lines for the block's")
		}
	}
	if composed < 1000 {
		t.Fatalf("only %d summaries composed", composed)
	}
}

// TestScanPastSample checks scanRange's run through ideographs past the
// language sample against counting rune by rune, on random text around
// the run's bounds (U+4DFF and U+4E00, U+9FFF and U+A000), and that it
// still refuses bytes that are not UTF-8 inside a run.
func TestScanPastSample(t *testing.T) {
	pieces := []string{"中", "一", "\u4E00", "\u9FFF", "\u4DFF", "\uA000", "\u3400", "。", "a", " ", "\u3000", "\n", "é", "𠮷", "\u2028"}
	rng := rand.New(rand.NewPCG(13, 14))
	pad := strings.Repeat("中", langSample/3+1)
	for i := 0; i < 100; i++ {
		s := pad + randomText(rng, pieces, rng.IntN(60))
		st, _, err := scanRange(s, 0)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, r := range s {
			if !isSpace(r) {
				want++
			}
		}
		if st.nonSpace != want {
			t.Fatalf("scanRange counts %d non-space runes, want %d", st.nonSpace, want)
		}
		bad := pad + "中中\xe4\xb8中"
		if _, _, err := scanRange(bad, 0); err != errNotUTF8 {
			t.Fatalf("scanRange of a broken ideograph past the sample: %v", err)
		}
	}
}

// TestCJKLead checks that cjkLead accepts the first byte of every rune
// isCJKChar accepts, so that dropStraySpaces skips no stray space.
func TestCJKLead(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isCJKChar(r) && utf8.ValidRune(r) && !cjkLead(string(r)[0]) {
			t.Errorf("isCJKChar(%U) but cjkLead(%#x) is false", r, string(r)[0])
		}
	}
	for _, r := range "aé한가" {
		if cjkLead(string(r)[0]) {
			t.Errorf("cjkLead(%q)", r)
		}
	}
}

// TestDropStraySpacesRuns compares dropStraySpaces, which decodes only the
// runes beside each run of spaces, with deciding rune by rune.
func TestDropStraySpacesRuns(t *testing.T) {
	want := func(s string) (string, int) {
		var b strings.Builder
		n, last := 0, rune(0)
		for i := 0; i < len(s); {
			if s[i] != ' ' {
				r, w := utf8.DecodeRuneInString(s[i:])
				last = r
				b.WriteString(s[i : i+w])
				i += w
				continue
			}
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if j < len(s) && isCJKChar(last) && isCJKChar(next) {
				n++
			} else {
				b.WriteString(s[i:j])
			}
			i = j
		}
		return b.String(), n
	}
	pieces := []string{" ", "  ", "中", "。", "a", "1", "한", "か", "“", "”", "　", "é", "𠮷", "，"}
	rng := rand.New(rand.NewPCG(15, 16))
	for i := 0; i < 20000; i++ {
		s := randomText(rng, pieces, rng.IntN(10))
		got, n := dropStraySpaces(s)
		if w, wn := want(s); got != w || n != wn {
			t.Fatalf("dropStraySpaces(%q) = %q, %d; want %q, %d", s, got, n, w, wn)
		}
	}
}
