package newstext

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

// seedOutline is the tree issue 2 requires of the shared seed page.
const seedOutline = `article
  kicker 张庆伟在全省打造内陆地区…进大会上强调
  headline 加快构建全方位对外开放新格局
  caption 扫码看视频
  paragraph 8月29日下午，全省打造…朱国贤出席。
  paragraph 会议以视频方式召开，各市…场出席会议。
  byline ■湖南日报全媒体记者 邓晶琎 孙敏坚 org=湖南日报 roles=全媒体记者 names=邓晶琎,孙敏坚
  section
    heading 发挥各类改革试点和开放平台作用
    paragraph 张庆伟指出，近年来，全省…迈上新台阶。
    paragraph 张庆伟强调，要深刻认识到…、作出示范。
  section
    heading 以高水平引进来走出去拓展高地建设
    paragraph 张庆伟强调，要聚焦重点领…经济外向度。
    paragraph 张庆伟要求，要加强党的全…建设的热潮。
  section
    heading 用好改革“关键一招”、走好开放“必由之路”
    paragraph 毛伟明在主持时指出，我们…的强大力量。
    paragraph 会上通报表扬打造内陆地区…了交流发言。
article
  kicker 毛伟明在全省持续优化营商环境电视电话会议上强调
  headline 让“身在湖南、办事不难”成为常态
  dateline 三湘都市报8月29日讯 org=三湘都市报 date=8月29日
  paragraph 29日上午，在全国深化“…排有关工作。
  paragraph 省委副书记、省长毛伟明强…流营商环境。
  paragraph 省领导李殿勋、何报翔、陈…邓群策参加。
  paragraph 毛伟明指出，近年来，全省…、中部第1。
  paragraph 毛伟明强调，“放管服”改…”成为常态。
  paragraph 毛伟明强调，当前，疫情外…展之“进”。
  byline ■湖南日报全媒体记者 孙敏坚 黄晗 org=湖南日报 roles=全媒体记者 names=孙敏坚,黄晗
`

func readSeed(t testing.TB) ([]byte, *doc.Document) {
	t.Helper()
	p := testtool.Seed(t)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := New().Read(context.Background(), strings.NewReader(string(data)), "frontpage.txt")
	if err != nil {
		t.Fatalf("Read seed: %v", err)
	}
	return data, d
}

func TestSeedTree(t *testing.T) {
	data, d := readSeed(t)
	if got := outline(d, false); got != seedOutline {
		t.Errorf("seed tree:\n%s\nwant:\n%s", got, seedOutline)
	}
	if d.Lang != "zh-Hans" || d.Source.Name != "frontpage.txt" || d.Source.Encoding != EncodingUTF8 {
		t.Errorf("lang/source = %q %+v", d.Lang, d.Source)
	}
	// The three column-break joins, each spanning two source blocks.
	joins := []string{"打造内陆地区改革开放高地，是", "拓展高地建设，增强招商引资", "新湖南建设提供强大支撑"}
	for _, j := range joins {
		found := false
		d.WalkDocument(func(n *doc.Node) bool {
			if n.Kind == doc.KindParagraph && strings.Contains(n.Text, j) {
				found = true
			}
			return true
		})
		if !found {
			t.Errorf("no paragraph joins across %q", j)
		}
	}
	// Every node's line points at its text in the source.
	lines := strings.Split(string(data), "\n")
	d.WalkDocument(func(n *doc.Node) bool {
		if n.Line < 1 || n.Line > len(lines) {
			t.Errorf("%s %q: line %d out of range", n.Kind, short(n.Text), n.Line)
			return true
		}
		if n.Text != "" {
			head := string([]rune(n.Text)[:1])
			if !strings.Contains(lines[n.Line-1], head) {
				t.Errorf("%s %q: line %d is %q", n.Kind, short(n.Text), n.Line, lines[n.Line-1])
			}
		}
		return true
	})
	if len(d.Diagnostics) != 3 {
		t.Errorf("diagnostics = %v, want the three joins", d.Diagnostics)
	}
	checkNothingLost(t, data, d)
}

func TestSeedRoundTrip(t *testing.T) {
	_, d := readSeed(t)
	out := roundTrip(t, d)
	// Normalized text is stable: writing what was read from it again
	// gives the same bytes.
	d2 := mustRead(t, string(out))
	var again strings.Builder
	if err := NewWriter().Write(context.Background(), &again, d2); err != nil {
		t.Fatal(err)
	}
	if again.String() != string(out) {
		t.Error("normalized text is not a fixed point of read→write")
	}
}

func TestSamples(t *testing.T) {
	for _, p := range testtool.Samples(t) {
		t.Run(p[strings.LastIndex(p, "/")+1:], func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := New().Read(context.Background(), strings.NewReader(string(data)), p)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			// (Wire briefs have no headline: the samples test checks
			// each page's structure against its outline.)
			if len(d.Articles) == 0 {
				t.Errorf("sample has no article:\n%s", outline(d, true))
			}
			checkNothingLost(t, data, d)
			roundTrip(t, d)
		})
	}
}
