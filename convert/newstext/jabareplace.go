package newstext

import "strings"

// A Japanese photo caption may close with its photo's place alone after
// ＝, with no で, no day and no credit: 修復を経て初公開された「四季花鳥図
// 屏風」＝松本市美術館, …＝首相官邸, …＝長野県庁, …＝東京・霞が関. A ＝
// elsewhere is a market row's rate (１ドル＝１５０円), a race result
// (①山田＝東京), a definition (ＷＨＯ＝世界保健機関), a name list's party
// (田中＝自民), a wire headline's source (…＝ロシア, …＝韓国軍) or a
// person's home in a story (宮沢静香さん（７２）＝長野市＝ら): none ends in
// a facility's or a place's word, nor in a region and its district
// parted by ・, after a described picture.

// captionFacilities end a place's name after a caption's ＝ where the
// photo was taken, beside placeSuffixes (a city, a prefecture, a
// station): a building or an office (美術館, 県庁, 首相官邸, 警察署,
// 市役所, 病院), grounds (公園, 球場, 動物園), a temple or shrine, a
// castle, a school, or a spot (駅前, 商店街, …沖, 上空). Words that also
// end surnames (山, 川, 宮) are left out: 田中＝中川 is a name.
var captionFacilities = []string{
	"館", "庁", "邸", "院", "園", "場", "署", "所", "寺", "神社", "神宮", "城", "堂", "殿", "校", "大学",
	"広場", "センター", "ホール", "ドーム", "スタジアム", "アリーナ", "本社", "本店", "駅前", "通り", "商店街", "沖", "上空", "付近", "周辺", "海岸",
}

// captionRegions are the regions a caption's place names before its
// district, parted by ・ (東京・霞が関, 大阪・梅田, 京都・祇園): the
// prefectures as papers write them, without 都, 府 or 県, and the large
// cities. A region with its suffix (長野県・白馬村, 松本市・中町) is one too.
var captionRegions = []string{
	"北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川",
	"新潟", "富山", "石川", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪", "兵庫",
	"奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎",
	"熊本", "大分", "宮崎", "鹿児島", "沖縄", "札幌", "仙台", "横浜", "川崎", "名古屋", "神戸", "北九州", "那覇",
}

// barePlace reports the place alone closing a caption after ＝: two to
// twelve letters (kanji, kana, ー, ・; no digit: １５０円 is a rate),
// ending in a facility's or a place's word (captionFacilities,
// placeSuffixes; the word alone names no place), or a region of
// captionRegions (or one with its suffix) and a district after one ・.
func barePlace(p string) bool {
	n := 0
	for _, r := range p {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' {
			return false
		}
		n++
	}
	if n < 2 || n > 12 {
		return false
	}
	if region, district, ok := strings.Cut(p, "・"); ok {
		if strings.Contains(district, "・") || len([]rune(district)) < 2 {
			return false
		}
		for _, r := range captionRegions {
			if region == r {
				return true
			}
		}
		return len([]rune(region)) >= 2 && hasAnySuffix(region, placeSuffixes)
	}
	for _, w := range captionFacilities {
		if strings.HasSuffix(p, w) && p != w {
			return true
		}
	}
	return hasAnySuffix(p, placeSuffixes) && len([]rune(p)) >= 2
}

// barePlaceCaption reports a Japanese caption closed by its photo's
// place alone after ＝ (barePlace), nothing after it: …「四季花鳥図屏風」
// ＝松本市美術館. The text before ＝ describes the picture: a phrase or
// clause with kana, at least six letters, no full stop (a sentence ends
// in 。), no other ＝ but a 写真＝ label, opening with no bullet or
// bracket (▽…, ①…: a box's entry, a race result) and not ending in a
// 、 or an age in brackets (宮沢静香さん（７２）＝長野市 is a person's home,
// as a story or a list gives it).
func barePlaceCaption(s string) bool {
	if !atMost(s, 120) || strings.Contains(s, "。") {
		return false
	}
	k := strings.LastIndex(s, "＝")
	if k <= 0 || !barePlace(s[k+len("＝"):]) {
		return false
	}
	desc, ok := captionDescription(s[:k])
	if !ok {
		return false
	}
	if start, in, ok := trailingBracket(desc); ok && start > 0 && in != "" && strings.IndexFunc(in, func(r rune) bool { return !isDigitRune(r) }) < 0 {
		return false // (…さん（７２）＝長野市: a person's home)
	}
	return true
}
