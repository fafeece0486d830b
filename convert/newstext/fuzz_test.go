package newstext

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

// fuzzSeeds returns the inputs the fuzzer starts from: the case files,
// the samples and the seed page when present, and a few odd forms.
func fuzzSeeds(t testing.TB) [][]byte {
	var out [][]byte
	files, _ := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	files = append(files, testtool.Samples(t)...)
	seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if _, err := os.Stat(seed); err == nil {
		files = append(files, seed)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		in, _, _ := strings.Cut(string(b), caseSep)
		out = append(out, []byte(in))
	}
	for _, s := range []string{
		"", " ", "#", "# ", "## x", "——", "# a\n——", "# 标题\n——副题\n——二副",
		"本报讯（记者 林某 通讯员 周某）9月2日上午，开会。",
		"正文（下转第三版）（记者 王某）", "（上接第1版）（下转第2版）",
		"\xEF\xBB\xBF# BOM", "\xFF\xFE#\x00 \x00", "a\rb\r\nc\n",
		"引题\n# 标题\n正文", "编者按：x\n\n引\n题\n\n# 标", "■", "（）", "【】",
		"\u3000\u3000正文。\n\n* * *\n\n\u3000\u3000\\# 不是标题", "\\", "\\\\x", "***", "a\n\n＊　＊　＊\n\nb",
	} {
		out = append(out, []byte(s))
	}
	return out
}

// FuzzRead: the reader never panics, refuses bad input only with a
// *doc.InputError, loses no character, and its tree written as
// normalized text reads back to the same tree (roundTrip).
func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(checkRead)
}

// checkRead reads data and checks FuzzRead's properties: only an
// *doc.InputError on refusal, no character lost, and the round trip.
func checkRead(t *testing.T, data []byte) {
	d, err := New().Read(context.Background(), bytes.NewReader(data), "fuzz.txt")
	if err != nil {
		var ie *doc.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error is not an InputError: %v", err)
		}
		return
	}
	checkNothingLost(t, data, d)
	roundTripFenced(t, d, fenceOK())
}

// fenceOK reports whether checkRead accepts a tree written fenced: only
// on inputs the fuzzer makes up (go test -fuzz), where a form read from
// the text around it may read otherwise once its neighbours are written
// out, and the writer's fallback is what keeps the tree. Every input
// kept in testdata/fuzz, and each made up when PAIBAN_FUZZ_NATURAL=1 (to
// hunt such pages), must come back from the plain text.
func fenceOK() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != "" && os.Getenv("PAIBAN_FUZZ_NATURAL") == ""
}

// readPicks joins the tokens picks chooses (each byte modulo the count)
// into a page and checks it as FuzzRead does.
func readPicks(t *testing.T, tokens []string, picks []byte) {
	var b strings.Builder
	for _, p := range picks {
		b.WriteString(tokens[int(p)%len(tokens)])
	}
	in := b.String()
	t.Logf("input %q", in)
	checkRead(t, []byte(in))
}

// fuzzTokens are the pieces FuzzStructure builds pages from: markers,
// datelines, credits, punctuation and prose, so that mutations explore
// the conventions rather than the decoders.
var fuzzTokens = []string{
	"\n", "\n", "\n\n", "\n\n", "# ", "## ", "——", "■", "●", "▲", "　　", " ",
	"本报讯", "【本報訊】", "新华社北京8月29日电", "三湘都市报8月29日讯", "本报长沙9月2日讯",
	"（记者 林晓雯 通讯员 周海）", "（记者 王某）", "记者 张国栋 刘敏", "本报记者 王磊", "通讯员 黄丽萍",
	"文/图 赵一鸣", "本报评论员", "（下转第三版）", "（上接第1版）", "图为", "（记者 苏文 摄）", "扫码看视频",
	"编者按：", "【编者按】", "第3版", "2022年8月30日 星期二", "责任编辑 王小丽", "3",
	"。", "，", "！", "？", "；", "：", "……", "“", "”", "（", "）", "、",
	"改革开放", "高地", "张庆伟", "新格局", "他说", "会议", "强调", "建设",
	"The", "festival", "opened", "Night", "2.6万", "99.5%", "#话题#", "-", "——副题",
	"（完）", "By John Smith", "記者 林怡君／台北報導", "【中央社台北10日電】", "■ 부산=김민준 기자", "かな",
	"▲", "图①：", "新华社记者　李刚　摄", "（編輯：王小明）", "文/本报记者 刘晓", "A3版", "12", "\u3000",
}

// FuzzStructure reads pages assembled from fuzzTokens and checks the same
// properties as FuzzRead.
func FuzzStructure(f *testing.F) {
	f.Add([]byte{56, 0, 4, 57, 2, 12, 38, 2, 17, 56, 38, 2, 20})
	f.Add([]byte{4, 56, 1, 6, 57, 2, 13, 17, 58, 38, 2, 40, 41, 0, 55, 38})
	f.Add([]byte{30, 56, 38, 2, 54, 2, 4, 57, 2, 5, 58, 2, 59, 60, 2, 24})
	f.Fuzz(func(t *testing.T, picks []byte) {
		readPicks(t, fuzzTokens, picks)
	})
}

// normalizedTokens add the normalized text's own syntax to fuzzTokens:
// the paragraph indent, the escape mark, article breaks and deeper heads.
var normalizedTokens = append(append([]string(nil), fuzzTokens...),
	"\u3000\u3000", "\n\u3000\u3000", "\\", "\n\u3000\u3000\\", "\n\n* * *\n\n", "***", "＊＊＊", "### ", "\n# ", "\n## ", "\n\n——")

// FuzzNormalized reads pages assembled from normalizedTokens, text like
// the writer's own with its markers in odd places, and checks the same
// properties as FuzzRead.
func FuzzNormalized(f *testing.F) {
	f.Add([]byte{100, 56, 38, 103, 4, 57, 2, 13, 104, 100, 102, 5, 58})
	f.Add([]byte{101, 17, 38, 104, 100, 60, 2, 101, 102, 4, 56})
	f.Fuzz(func(t *testing.T, picks []byte) {
		readPicks(t, normalizedTokens, picks)
	})
}
