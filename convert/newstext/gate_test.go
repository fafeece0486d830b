package newstext

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// checkGate fails when gate turns a text away from a recogniser that
// accepts it.
func checkGate(t *testing.T, s string) {
	t.Helper()
	sm := summaryFor(s, nil)
	m := gate(s, sm)
	for _, r := range []struct {
		bit  gateMask
		name string
		ok   bool
	}{
		{gNote, "isNote", isNote(s)},
		{gJump, "leadingJump", leadingJump(s) == len(s)},
		{gNoise, "noiseKindSum", noiseKindSum(s, sm) != ""},
		{gByline, "parseBylineLineSum", func() bool { _, ok := parseBylineLineSum(s, sm); return ok }()},
		{gCaption, "isCaption", isCaption(s)},
	} {
		if r.ok && m&r.bit == 0 {
			t.Errorf("gate(%q) = %05b turns it away from %s, which accepts it", s, m, r.name)
		}
	}
	// The recognisers that take a summary answer as without one.
	if sm != nil && isCaptionSum(s, sm) != isCaption(s) {
		t.Errorf("isCaptionSum(%q) = %v, isCaption = %v", s, !isCaption(s), isCaption(s))
	}
	// The stamp forms noiseKindSum and stampLineSum skip by the summary.
	if sm != nil && !mayTimedStamp(sm) && (accountStamp(s) || sourcedStamp(s)) {
		t.Errorf("%q: a stamp with no time cue in its summary", s)
	}
	if sm != nil && !mayClientStamp(sm) && clientStamp(s) || sm != nil && !mayCountedStamp(sm) && countedStamp(s) {
		t.Errorf("%q: a client or counted stamp with no cue in its summary", s)
	}
	if sm != nil && stampLineSum(s, sm) != stampLine(s) {
		t.Errorf("stampLineSum(%q) = %v, stampLine = %v", s, !stampLine(s), stampLine(s))
	}
}

// gateTexts returns the corpus texts (lines, bracket insides, tails),
// each line's halves, and each pair of neighbouring lines joined: the
// texts classifySum meets as lines, as units and as what expand leaves.
func gateTexts(t *testing.T) []string {
	lines := corpusTexts(t)
	out := append([]string(nil), lines...)
	for i, l := range lines {
		if k := len(l) / 2; k > 0 {
			for k < len(l) && l[k]&0xC0 == 0x80 {
				k++
			}
			out = append(out, trimSpace(l[:k]), trimSpace(l[k:]))
		}
		if i > 0 {
			out = append(out, joinLines([]srcLine{{text: lines[i-1]}, {text: l}}))
		}
	}
	return out
}

// TestGateOnCorpus checks gate on every text of gateTexts and on random
// texts made of the cues of every recogniser: it never turns a note, jump,
// furniture, byline or caption away from its recogniser. It also checks
// that the gate does its work: many corpus texts are turned away.
func TestGateOnCorpus(t *testing.T) {
	texts := gateTexts(t)
	plain := 0
	for _, s := range texts {
		checkGate(t, s)
		if gate(s, summaryFor(s, nil)) == 0 {
			plain++
		}
	}
	if plain < len(texts)/4 {
		t.Errorf("the gate turned away only %d of %d texts", plain, len(texts))
	}
	pieces := []string{"中", "文", "。", "，", "：", "　", " ", "a", "B", "C", "1", "２", "—", "-", "=", "@", "＝", "（", "）", "(", ")", "【", "】",
		"记者", "本报", "摄", "攝", "供图", "提供", "图为", "上图", "▲", "扫码看视频", "사진", "기자", "撮影", "写真", "版", "年", "月", "日", "编辑", "第",
		"页", "来源：", "《", "》", "©", "版权所有", "（完）", "(끝)", "-0-", "下转第三版", "（左二）", "■", "●", "By ", "Smith", "김민수", " /", "2024.12.3/뉴스1", "©", "1131203", "（记者 王某）", "(记者 王某)", "【记者 王某】", "<끝>", "Copyright ", "(C) ", "ⓒ", "연합뉴스", "報道：", "報導／", "陳嘉欣",
		"2026-12-06 10:21", "·", "来自", "iPhone客户端", "阅读 1268", "浏览次数：", "刚刚", "3分钟前", "下午3时", "입력 2024.11.20 14:05"}
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 100000; i++ {
		checkGate(t, trimSpace(randomText(rng, pieces, 1+rng.IntN(8))))
	}
	// A folio dated in figures padded across the page (42 runes, 96
	// bytes): the gate's bound is numericDatedFolio's.
	wide := "江城日报" + strings.Repeat("　", 13) + "2026.12.07" + strings.Repeat("　", 13) + "A3"
	for _, s := range []string{strings.Repeat("中", 300) + "（记者 王某 摄）", "上图：" + strings.Repeat("中", 300), wide} {
		checkGate(t, s)
	}
}

// FuzzGate checks gate against each recogniser on any text.
func FuzzGate(f *testing.F) {
	for _, s := range []string{"图为会场。", "记者 王某", "（完）", "第3版", "新华社记者　李刚　摄", "홍길동 기자 hong@yna.co.kr", "写真は会場", "扫码看视频", "江城日报" + strings.Repeat("　", 13) + "2026.12.07" + strings.Repeat("　", 13) + "A3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = trimSpace(strings.ToValidUTF8(s, "\uFFFD"))
		checkGate(t, s)
	})
}
