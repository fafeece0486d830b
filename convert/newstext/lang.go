package newstext

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownLang is wrapped by the error Read returns when WithLang named
// a language the reader does not support.
var ErrUnknownLang = errors.New("unknown language")

// Languages lists the language tags a document can carry.
func Languages() []string { return []string{"zh-Hans", "zh-Hant", "ja", "ko"} }

// CanonicalLang maps a BCP 47 tag to one of Languages ("" stays "").
func CanonicalLang(tag string) (string, error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	switch t {
	case "":
		return "", nil
	case "zh-hans", "zh", "zh-cn", "zh-sg", "zh-my", "zh-hans-cn":
		return "zh-Hans", nil
	case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk":
		return "zh-Hant", nil
	case "ja", "ja-jp", "jp":
		return "ja", nil
	case "ko", "ko-kr", "kr":
		return "ko", nil
	}
	return "", fmt.Errorf("%w %q (known: %s)", ErrUnknownLang, tag, strings.Join(Languages(), ", "))
}

// detectLang picks the document language from the script statistics:
// Hangul (a tenth of the letters) means Korean, kana (a tenth) Japanese; Chinese is traditional when Big5
// encoded or when traditional-only characters outnumber simplified-only
// ones.
func detectLang(st scanStats, enc string) string {
	letters := st.han + st.kana + st.hangul
	switch {
	case st.hangul > 0 && st.hangul*10 >= letters && st.hangul >= st.kana:
		return "ko"
	case st.kana > 0 && st.kana*10 >= letters:
		return "ja"
	case enc == EncodingBig5:
		return "zh-Hant"
	case st.tradOnly > st.simpOnly:
		return "zh-Hant"
	}
	return "zh-Hans"
}
