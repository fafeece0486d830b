package newstext

import (
	"strings"
	"testing"
)

// TestQuotedTermTitle: a headline that asks about a quoted term,
// “一键退订”为何这么难？, may be a title line as 年轻人为何爱上“县城咖啡”？
// is, so a column label over it is its kicker and the —— line under it
// its subheadline (blind page cn-xinhua-shidian); quoted speech stays no
// title line.
func TestQuotedTermTitle(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"“一键退订”为何这么难？", true},
		{"‘躺平’真的香吗？", true},
		{"“你还好吗？”", false},      // quoted speech
		{"“好。”他说这是真的吗？", false}, // speech inside the quotation
		{"“一键退订", false},        // no closing quotation mark
		{"“一键退订”", false},       // the quotation is the whole line
	} {
		if got := exclaimedTitle(tt.in); got != tt.ok {
			t.Errorf("exclaimedTitle(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
	wantKinds(t, "新华视点\n“一键退订”为何这么难？\n——部分网络会员自动续费乱象调查\n新华社记者　周晓岚　马一鸣\n\n　　开通会员只需一秒，退订却要层层“闯关”。\n",
		"kicker 新华视点",
		"headline “一键退订”为何这么难？",
		"subheadline 部分网络会员自动续费乱象调查",
		"byline 新华社记者　周晓岚　马一鸣",
		"paragraph 开通会员只需一秒，退订却要层层“闯关”。")
	// On a page too narrow to measure, the question mark ends the
	// headline: the —— line under it is no wrap of it.
	wantKinds(t, "年轻人为何爱上县城咖啡？\n——部分网络会员自动续费乱象调查\n新华社记者　周晓岚　马一鸣\n\n　　开通会员只需一秒，退订却要层层“闯关”。\n",
		"headline 年轻人为何爱上县城咖啡？",
		"subheadline 部分网络会员自动续费乱象调查",
		"byline 新华社记者　周晓岚　马一鸣",
		"paragraph 开通会员只需一秒，退订却要层层“闯关”。")
}

// TestContributorRole: （参与采写：李想） under a story is a byline with
// the role as written, as （编辑：X） is (blind page cn-xinhua-shidian).
func TestContributorRole(t *testing.T) {
	for _, tt := range []struct{ in, roles, names string }{
		{"参与采写：李想", "参与采写", "李想"},
		{"參與採寫：林小雨、王大明", "參與採寫", "林小雨,王大明"},
	} {
		c, ok := parseBracketCredit(tt.in)
		if !ok || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseBracketCredit(%s) = %+v, %v; want roles %q names %q", tt.in, c, ok, tt.roles, tt.names)
		}
	}
	wantKinds(t, "乡村夜校开学了\n\n　　晚上七点，村委会二楼的教室里坐满了人。\n\n（参与采写：李想）\n",
		"headline 乡村夜校开学了",
		"paragraph 晚上七点，村委会二楼的教室里坐满了人。",
		"byline （参与采写：李想）")
}

// TestStackedTitleGroup: two unmarked title lines one over the other
// between an article's finished paragraph and body text (黑白集 /
// 會議室裡的電扇) are the title group of a new article, a column label
// over its headline, not two section heads with nothing between them
// (blind page tw-udn-shelun); one such line alone stays a head.
func TestStackedTitleGroup(t *testing.T) {
	editorial := "社論\n缺工潮下　產業移工政策不能再拖\n\n　　政策拖得愈久，代價愈高。執政者該做的，是拿出決斷，而不是把難題留給下一任。\n\n"
	body := "\n\n　　某部會開會討論節能減碳，會議室冷氣開到十八度，桌上還擺著一台電扇。\n"
	wantTree(t, editorial+"黑白集\n會議室裡的電扇"+body,
		"article",
		"  kicker 社論",
		"  headline 缺工潮下　產業移工政策不能再拖",
		"  paragraph 政策拖得愈久，代價愈高。執政者該做的，是拿出決斷，而不是把難題留給下一任。",
		"article",
		"  kicker 黑白集",
		"  headline 會議室裡的電扇",
		"  paragraph 某部會開會討論節能減碳，會議室冷氣開到十八度，桌上還擺著一台電扇。")
	wantTree(t, editorial+"會議室裡的電扇"+body,
		"article",
		"  kicker 社論",
		"  headline 缺工潮下　產業移工政策不能再拖",
		"  paragraph 政策拖得愈久，代價愈高。執政者該做的，是拿出決斷，而不是把難題留給下一任。",
		"  section",
		"    heading 會議室裡的電扇",
		"    paragraph 某部會開會討論節能減碳，會議室冷氣開到十八度，桌上還擺著一台電扇。")
}

// TestKoreanWrappedCaptionCredit: on a Korean page whose paragraphs are
// marked by indent alone, a caption set directly under a paragraph's
// finished sentence, wrapped over short lines with its credit's role
// alone on the last (정선=박서준 / 기자), is one caption: the paragraph
// ends above it and the role is no byline (blind page ko-ocr-wraps).
func TestKoreanWrappedCaptionCredit(t *testing.T) {
	page := "폐교가 마을 도서관으로\n정선=박서준 기자\n" +
		"  지난 3일 찾은 강원 정선군 신동읍의\n옛 예미초등학교. 2019년 문을 닫은 뒤\n5년 넘게 방치됐던 2층 건물은 바뀌어\n있었다.\n" +
		"  도서관 운영은 주민 30여 명이 만든\n협동조합이 맡는다. 조합 이사장\n정미숙(61)씨는 \"마을이 살아난 것 같다\"고\n말했다.\n" +
		"3일 강원 정선군 신동읍 마을 도서관에서\n어린이들이 책을 고르고 있다. 정선=박서준\n기자\n" +
		"  정선군은 내년부터 운영비 일부를\n지원하고, 폐교 두 곳을 같은 방식으로\n활용할 계획이다.\n"
	wantTree(t, page,
		"article",
		"  headline 폐교가 마을 도서관으로",
		"  byline 정선=박서준 기자",
		"  paragraph 지난 3일 찾은 강원 정선군 신동읍의 옛 예미초등학교. 2019년 문을 닫은 뒤 5년 넘게 방치됐던 2층 건물은 바뀌어 있었다.",
		"  paragraph 도서관 운영은 주민 30여 명이 만든 협동조합이 맡는다. 조합 이사장 정미숙(61)씨는 \"마을이 살아난 것 같다\"고 말했다.",
		"  caption 3일 강원 정선군 신동읍 마을 도서관에서 어린이들이 책을 고르고 있다. 정선=박서준 기자",
		"  paragraph 정선군은 내년부터 운영비 일부를 지원하고, 폐교 두 곳을 같은 방식으로 활용할 계획이다.")
}
