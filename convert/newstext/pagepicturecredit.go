package newstext

import (
	"strings"
	"unicode/utf8"
)

// A mainland page credits its pictures once, under its last story or by
// its desk line, as it credits its charts (（本版图表：X）): 本版图片除署名外
// 均来自网络, 本版图片由受访者提供, （本版图片均为资料图）. The line is the
// page's, no paragraph of the story above it: page furniture, as the
// desk's credit is. It opens with 本版 and the pictures' word and ends
// naming where they came from; a line going on past the source (a
// sentence of the story, 本版图片由…提供，记录了…) is text.

// pagePictureShares say which of the page's pictures a credit covers
// (本版部分图片…).
var pagePictureShares = []string{"部分", "所有", "其余", "其餘"}

// pagePictureWords are the words for a page's pictures after 本版 (and
// an optional 部分, 所有 or 其余 before them).
var pagePictureWords = []string{"图片", "圖片", "照片", "配图", "配圖", "插图", "插圖"}

// pagePictureSources end a page's picture credit: where the pictures are
// from (网络), who gave them (提供, 供图) or what they are (资料图).
var pagePictureSources = []string{
	"来自网络", "來自網絡", "來自網路", "来源于网络", "來源於網絡", "來源於網路", "来源网络", "源自网络", "源自網絡", "选自网络", "選自網絡", "网络图片", "網絡圖片", "網路圖片",
	"提供", "供图", "供圖", "资料图", "資料圖", "资料图片", "資料圖片", "资料照片", "資料照片", "摄", "攝", "拍摄", "拍攝",
}

// pagePictureCredit reports a page's credit for its pictures alone on the
// line, bracketed or not (see above): 本版, the pictures' word, at most
// sixteen characters with no punctuation, and where they came from.
func pagePictureCredit(s string) bool {
	if in := unbracket(s); in != "" {
		s = in
	}
	s = strings.TrimSuffix(trimSpace(s), "。")
	rest, ok := strings.CutPrefix(s, "本版")
	if !ok || !atMost(s, 30) {
		return false
	}
	rest, _ = cutAnyPrefix(rest, pagePictureShares)
	rest, pic := cutAnyPrefix(rest, pagePictureWords)
	if !pic || utf8.RuneCountInString(rest) > 16 || !isHanWord(rest) {
		return false
	}
	return hasAnySuffix(rest, pagePictureSources)
}
