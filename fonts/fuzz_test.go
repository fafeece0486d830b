package fonts

import "testing"

// FuzzParseFont feeds arbitrary bytes to the font parser: it may refuse
// them but must never panic, nor may metrics, coverage or Subset on a face
// it accepted.
func FuzzParseFont(f *testing.F) {
	body := mustBody(f)
	small, err := Subset(body, []rune("永和A"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small, 0)
	f.Add(makeTTC(small, small), 1)
	f.Add([]byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00"), 0)
	f.Fuzz(func(t *testing.T, data []byte, n int) {
		face, err := parseData(data, n%4, "fuzz")
		if err != nil {
			return
		}
		for _, r := range "永和A\x00\uffff" {
			_ = face.Has(r)
			_ = face.Advance(r)
		}
		if b, err := Subset(face, []rune("永和A")); err == nil {
			if _, err := parseData(b, 0, "resubset"); err != nil {
				t.Errorf("Subset output does not parse: %v", err)
			}
		}
	})
}
