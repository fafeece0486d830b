package pdf

import "testing"

func TestEvenMetrics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<</Ascent 1160 /Descent -288>> <</Ascent 1151 /Descent -286>>", "<</Ascent 1160 /Descent -288>> <</Ascent 1160 /Descent -288>>"},
		{"/Ascent 1000 /Ascent 900", "/Ascent 1000 /Ascent 900"}, // 1000 does not fit in three digits
		{"/Ascent 900 /Ascent 1000", "/Ascent 900 /Ascent 1000"},
		{"/Descent -20 /Descent -9", "/Descent -20 /Descent -9"},
		{"/Descent -9 /Descent -20 /Descent -120", "/Descent -9 /Descent -20 /Descent -120"},
		{"/Descent -9 /Descent -20 /Descent -12", "/Descent -9 /Descent -20 /Descent -20"},
		{"/Ascent 880 /Ascent 0800", "/Ascent 880 /Ascent 0880"},
	}
	for _, tt := range tests {
		if got := string(evenMetrics([]byte(tt.in))); got != tt.want {
			t.Errorf("evenMetrics(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
