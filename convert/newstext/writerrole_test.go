package newstext

import "testing"

// TestWriterPhotographerRole: 文／摄 after the names (本报记者　X　文／摄:
// the reporter wrote the story and took its photos) is a byline's role,
// as 文/图 is, not a photo's credit; 摄 alone there, or a caption closed
// by the credit, stays a caption.
func TestWriterPhotographerRole(t *testing.T) {
	body := "楼道灯坏了半月\n\n　　本报讯　昨天下午，刘阿姨拨打热线，称楼道里的声控灯坏了。\n\n"
	for _, tt := range []struct {
		line, want string
	}{
		{"本报记者　张　帆　文／摄", "byline org=本报 roles=记者,文/摄 names=张帆"},
		{"本报记者　张帆　文/摄", "byline org=本报 roles=记者,文/摄 names=张帆"},
		{"記者　陳嘉欣　文／攝", "byline roles=記者,文/攝 names=陳嘉欣"},
		{"文/摄　本报记者　张帆", "byline org=本报 roles=文/摄,记者 names=张帆"},
		{"本报记者　张　帆　摄", "caption"},
		{"图为市民在公园晨练。本报记者　张　帆　文／摄", "caption"},
	} {
		d := mustRead(t, body+tt.line+"\n")
		if got := creditFields(nodeWithText(d, tt.line)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.line, got, tt.want)
		}
		roundTrip(t, d)
	}
}
