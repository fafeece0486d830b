package newstext

// isSlash reports the slashes that part a credit's or a dateline's
// fields (文/王晓, 記者林怡君／台北報導): the ASCII and the full-width
// solidus, and U+2215 DIVISION SLASH. Big5 has two slashes, A1FE and A241,
// that look alike and are typed alike; cp950, glibc and the WHATWG table
// (golang.org/x/text, which decodes Big5 here) read A241 as U+2215, while
// Python's big5 codec (and the software built on it) writes ／ as A241. A
// Taiwanese page's 〔記者林家瑜／台北報導〕 so often arrives as
// 〔記者林家瑜∕台北報導〕: the reader takes both for the separator and keeps
// the character it decoded, as it never changes a character silently.
func isSlash(r rune) bool {
	return r == '/' || r == '／' || r == '∕'
}
