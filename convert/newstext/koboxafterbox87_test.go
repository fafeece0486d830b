package newstext

import (
	"strings"
	"testing"
)

// koBriefsBoxStory is a Korean entertainment page's story closed by its
// reporter's e-mail, over a box of ▲ briefs.
const koBriefsBoxStory = "그룹 블루문, 데뷔 5주년 팬미팅\n내달 잠실서 이틀간 개최\n\n" +
	"[스포츠서울 이수아 기자] 5인조\n보이그룹 블루문이 데뷔 5주년을 맞아\n팬미팅을 연다.\n\n" +
	"이수아 기자 sua@sportsseoul.com\n\n" +
	"연예 단신\n\n▲가수 정하은이 오는 12일 미니\n3집 '겨울 편지'를 발표한다.\n" +
	"▲배우 오태민이 영화 '마지막\n항구'로 신인남우상을 받았다.\n\n"

// TestKoreanBoxAfterBoxItems: a box whose name no list holds, of up to
// three words, set right under the last entry of the box above, over two
// or more entries opening with one same bullet (▷, ◇, ○), is an article
// of its own, its entries paragraphs (blind page ko-yeonye-myeon-20,
// misread 3: 오늘의 방송 편성 had been a section of the 연예 단신 box). The
// name over one entry, over entries of two bullets, four words long, or
// under a story's paragraph with no box above it is left as it was.
func TestKoreanBoxAfterBoxItems(t *testing.T) {
	for _, c := range []struct{ name, entries string }{
		{"오늘의 방송 편성", "▷오후 7시 40분 MBC '우리 동네 셰프'\n▷오후 9시 KBS2 '별빛 식당' 최종회\n▷오후 11시 tvN '여행의 기술'\n"},
		{"오늘의 방송 편성", "▷오후 7시 40분 MBC '우리 동네 셰프'\n▷오후 9시 KBS2 '별빛 식당' 최종회\n"},
		{"방송 편성", "◇오후 7시 40분 MBC '우리 동네 셰프'\n◇오후 9시 KBS2 '별빛 식당' 최종회\n"},
		{"이 주의 책", "○겨울 바다의 노래(김하늘 지음)\n○작은 세탁소(박서연 지음)\n"},
	} {
		d := mustRead(t, koBriefsBoxStory+c.name+"\n\n"+c.entries)
		got := strings.Join(treeOf(d), "\n")
		first, _, _ := strings.Cut(c.entries, "\n")
		wantIn(t, got, "article\n  headline "+c.name+"\n  paragraph "+first)
		if len(d.Articles) != 3 {
			t.Errorf("%s: %d articles, want 3:\n%s", c.name, len(d.Articles), got)
		}
	}
	for _, c := range []struct{ page, name string }{
		// one entry
		{koBriefsBoxStory + "오늘의 방송 편성\n\n▷오후 7시 40분 MBC '우리 동네 셰프'\n", "오늘의 방송 편성"},
		// two bullets
		{koBriefsBoxStory + "오늘의 방송 편성\n\n▷오후 7시 40분 MBC '우리 동네 셰프'\n◇오후 9시 KBS2 '별빛 식당' 최종회\n", "오늘의 방송 편성"},
		// four words
		{koBriefsBoxStory + "오늘 밤 방송 편성 안내\n\n▷오후 7시 40분 MBC '우리 동네 셰프'\n▷오후 9시 KBS2 '별빛 식당' 최종회\n", "오늘 밤 방송 편성 안내"},
		// under a story's last paragraph, no box above
		{"그룹 블루문, 데뷔 5주년 팬미팅\n내달 잠실서 이틀간 개최\n\n5인조 보이그룹 블루문이 데뷔 5주년을\n맞아 팬미팅을 연다.\n\n" +
			"팬미팅 일정\n\n▷1월 10일 오후 6시 잠실실내체육관\n▷1월 11일 오후 5시 잠실실내체육관\n", "팬미팅 일정"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		if strings.Contains(got, "headline "+c.name) {
			t.Errorf("%s: read as a box's headline:\n%s", c.name, got)
		}
	}
}
