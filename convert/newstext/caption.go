package newstext

import (
	"strings"
	"unicode/utf8"
)

// endsInPhotoCredit reports a caption ending in an unbracketed credit:
// "…挥舞国旗。新华社记者　李刚　摄".
func endsInPhotoCredit(s string) bool {
	var rest string
	switch {
	case strings.HasSuffix(s, "摄"):
		rest = s[:len(s)-len("摄")]
	case strings.HasSuffix(s, "攝"):
		rest = s[:len(s)-len("攝")]
	default:
		return false
	}
	rest = trimSpace(rest)
	if len(rest) > 64 {
		rest = rest[len(rest)-64:] // the credit is short; may cut a rune, which is then no name rune
	}
	// The name before 摄 follows a space or a role word.
	k := strings.LastIndexFunc(rest, func(r rune) bool { return isSpace(r) || r == '者' || r == '：' })
	if k < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(rest[k:])
	return isName(rest[k+w:])
}

// captionPrefixes open a photo caption.
var captionPrefixes = []string{"图为", "圖為", "图①", "图②", "图③", "图④", "图⑤", "图⑥", "图1：", "图2：", "图3：", "图4：", "上图", "下图", "左图", "右图", "上圖", "下圖", "左圖", "右圖", "图：", "图:", "圖：", "▲", "△", "↑", "↓"}

// isCaption reports captions: 图为…, ▲/△ markers, text ending in a photo
// credit （记者 X 摄）, and media prompts such as 扫码看视频.
func isCaption(s string) bool {
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '图', '圖', '上', '下', '左', '右', '▲', '△', '↑', '↓':
		for _, p := range captionPrefixes {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
	}
	if _, inner, ok := trailingBracket(s); ok {
		in := trimSpace(inner)
		// （中央社記者陳小華攝　113年9月3日）: a photo credit and its date.
		if k := strings.LastIndexAny(in, "攝摄"); k > 0 && isCreditDate(trimSpace(in[k+len("攝"):])) {
			return true
		}
		if strings.HasSuffix(in, "提供") && atMost(in, 16) && !strings.ContainsAny(in, "，。") {
			return true // （台灣港務公司提供）
		}
		if strings.Contains(in, "자료사진") || strings.HasPrefix(in, "사진=") || strings.HasPrefix(in, "사진 =") {
			return true // [연합뉴스 자료사진], (사진=뉴시스DB)
		}
		if strings.HasSuffix(in, "摄") || strings.HasSuffix(in, "攝") || strings.HasSuffix(in, "摄影") ||
			strings.HasSuffix(in, "供图") || strings.HasSuffix(in, "供圖") ||
			in == "资料图" || in == "资料图片" || in == "資料圖片" || in == "图片来源网络" {
			return true
		}
	}
	if endsInPhotoCredit(s) {
		return true
	}
	if isForeignCaption(s) {
		return true
	}
	// Every media prompt starts with 扫 or 掃: look for those first.
	if atMost(s, 40) && (strings.Contains(s, "扫") || strings.Contains(s, "掃")) {
		for _, p := range []string{"扫码看", "扫码观看", "扫码收看", "扫码收听", "扫描二维码", "扫一扫", "掃碼"} {
			if strings.Contains(s, p) {
				return true
			}
		}
	}
	return false
}

// isCreditDate reports the date after a photo credit: 113年9月3日 (a
// Minguo year), 2024年9月3日, 9月3日, or nothing.
func isCreditDate(s string) bool {
	if s == "" {
		return true
	}
	return isEditionDate(s) || strings.HasSuffix(s, "日") && atMost(s, 12) && strings.Contains(s, "月")
}

// isForeignCaption recognises Japanese and Korean captions: 写真は…,
// …＝佐藤花子撮影, 사진=…, …(사진=뉴시스DB) …, …/김민수 기자, …[연합뉴스 자료사진].
func isForeignCaption(s string) bool {
	if !atMost(s, 200) {
		return false // captions are short; never scan a long text
	}
	if strings.HasPrefix(s, "写真は") || strings.HasPrefix(s, "写真＝") || strings.HasPrefix(s, "사진=") || strings.HasPrefix(s, "사진 =") {
		return true
	}
	if strings.HasSuffix(s, "撮影") {
		if k := strings.LastIndex(s, "＝"); k >= 0 && atMost(s[k:], 14) {
			return true
		}
	}
	if strings.Contains(s, "사진") && (strings.Contains(s, "(사진=") || strings.Contains(s, "（사진=") || strings.Contains(s, "자료사진]") || strings.Contains(s, "자료사진)")) {
		return true
	}
	// 조선일보-style credit: "… 듣고 있다. /김민수 기자"
	if !strings.HasSuffix(s, "기자") {
		return false
	}
	if k := strings.LastIndex(s, " /"); k > 0 && atMost(s[k:], 16) {
		if _, ok := koreanCredit(strings.TrimSuffix(s[k+2:], " 기자")); ok {
			return true
		}
	}
	return false
}

// endsInCredit reports a caption ending in its photo credit (…撮影, …摄,
// （记者 X 摄）), which nothing continues.
func endsInCredit(s string) bool {
	t := strings.TrimRight(s, "）)】")
	return strings.HasSuffix(t, "撮影") || strings.HasSuffix(t, "摄") || strings.HasSuffix(t, "攝") || strings.HasSuffix(t, "提供")
}
