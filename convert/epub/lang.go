package epub

import (
	"fmt"
	"strings"
	"time"
)

// words are the few strings the writer itself puts in a book, in the
// book's language.
type words struct {
	contents string // the navigation heading
	untitled string // a book or article with no headline
	article  string // fallback article title, with the article's number
	date     string // layout of the title page's date
}

var (
	wordsHans = words{"目录", "无标题", "第%d篇", "2006年1月2日"}
	wordsHant = words{"目錄", "無標題", "第%d篇", "2006年1月2日"}
	wordsJa   = words{"目次", "無題", "記事%d", "2006年1月2日"}
	wordsKo   = words{"목차", "제목 없음", "기사 %d", "2006년 1월 2일"}
)

// wordsFor returns the strings for a BCP 47 tag; Simplified Chinese when
// the tag names no language paiban knows.
func wordsFor(lang string) words {
	l := strings.ToLower(lang)
	switch {
	case strings.HasPrefix(l, "ja"):
		return wordsJa
	case strings.HasPrefix(l, "ko"):
		return wordsKo
	case l == "zh-hant" || strings.HasPrefix(l, "zh-hant-") ||
		l == "zh-tw" || l == "zh-hk" || l == "zh-mo":
		return wordsHant
	}
	return wordsHans
}

func (w words) articleTitle(n int) string { return fmt.Sprintf(w.article, n) }

func (w words) formatDate(t time.Time) string { return t.Format(w.date) }

// defaultLang is the language of documents that do not say.
const defaultLang = "zh-Hans"
