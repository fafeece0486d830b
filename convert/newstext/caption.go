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
		if strings.HasSuffix(in, "摄") || strings.HasSuffix(in, "攝") || strings.HasSuffix(in, "摄影") ||
			strings.HasSuffix(in, "供图") || strings.HasSuffix(in, "供圖") ||
			in == "资料图" || in == "资料图片" || in == "資料圖片" || in == "图片来源网络" {
			return true
		}
	}
	if endsInPhotoCredit(s) {
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
