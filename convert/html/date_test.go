package html

import "testing"

func TestDatetime(t *testing.T) {
	for in, want := range map[string]string{
		"9月1日":       "09-01",
		"2024年9月1日":  "2024-09-01",
		"２０２４年９月１日":  "2024-09-01",
		"9월 1일":      "09-01",
		"2月29日":      "02-29",
		"2023年2月29日": "",
		"2024年2月29日": "2024-02-29",
		"13月1日":      "",
		"9月31日":      "",
		"9月":         "",
		"上午":         "",
		"9月1日电":      "",
	} {
		if got := datetime(in); got != want {
			t.Errorf("datetime(%q) = %q, want %q", in, got, want)
		}
	}
}
