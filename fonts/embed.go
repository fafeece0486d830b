package fonts

import (
	_ "embed" // the default faces
	"fmt"
	"sync"
)

// The generated faces (fonts/gen, `make fonts`); see fonts/README.md. Each is
// embedded as its own []byte, not through an embed.FS, so that using it
// copies nothing: Body's first use costs microseconds, not an 8 MB copy.
var (
	//go:embed data/PaibanSerifSC-Regular.ttf
	bodyTTF []byte
	//go:embed data/PaibanSansSC-Bold.ttf
	headingTTF []byte
	// The Ext faces hold the same faces' characters outside the BMP, which
	// fpdf cannot draw as text; Outline reads them (outline.go).
	//go:embed data/PaibanSerifSC-Ext.ttf
	bodyExtTTF []byte
	//go:embed data/PaibanSansSC-Ext.ttf
	headingExtTTF []byte
	// The emoji face (Noto Emoji's monochrome outlines, one em wide) is
	// the last face both Body and Heading take outlines from: one copy
	// for both, since emoji have no serif and sans designs of their own.
	//go:embed data/PaibanEmoji.ttf
	emojiTTF []byte
)

var (
	bodyExt    = sync.OnceValues(func() (*Face, error) { return loadExt(bodyExtTTF, "PaibanSerifSC-Ext.ttf") })
	headingExt = sync.OnceValues(func() (*Face, error) { return loadExt(headingExtTTF, "PaibanSansSC-Ext.ttf") })
	emoji      = sync.OnceValues(func() (*Face, error) { return loadExt(emojiTTF, "PaibanEmoji.ttf") })
	body       = sync.OnceValues(func() (*Face, error) { return loadEmbedded(bodyTTF, "PaibanSerifSC-Regular.ttf", bodyExt, emoji) })
	heading    = sync.OnceValues(func() (*Face, error) { return loadEmbedded(headingTTF, "PaibanSansSC-Bold.ttf", headingExt, emoji) })
)

// Body returns the embedded default body face (Noto Serif CJK SC Regular,
// subset), parsed once per process. Its Outline also answers for the
// characters outside the BMP in PaibanSerifSC-Ext.ttf and, after those, for
// the emoji in PaibanEmoji.ttf.
func Body() (*Face, error) { return body() }

// Heading returns the embedded default heading face (Noto Sans CJK SC Bold,
// subset), parsed once per process. Its Outline also answers for the
// characters outside the BMP in PaibanSansSC-Ext.ttf and, after those, for
// the emoji in PaibanEmoji.ttf.
func Heading() (*Face, error) { return heading() }

// loadEmbedded parses a main face; exts are the outline-only faces its
// Outline falls back on, in order.
func loadEmbedded(data []byte, name string, exts ...func() (*Face, error)) (*Face, error) {
	f, err := parseFace(data, name)
	if err != nil {
		return nil, fmt.Errorf("fonts: embedded %s: %w", name, err)
	}
	f.exts = exts
	f.vertAlts = true // mkfonts.py maps them (vertical.go)
	return f, nil
}

// loadExt parses an Ext face or the emoji face: it has only a format-12
// cmap, so it is never handed to fpdf, only read for outlines.
func loadExt(data []byte, name string) (*Face, error) {
	f, err := parseSFNT(data, name, false)
	if err != nil {
		return nil, fmt.Errorf("fonts: embedded %s: %w", name, err)
	}
	return f, nil
}

//go:embed data/LICENSE-OFL.txt
var licenseOFL []byte

// License returns the license of the embedded faces (SIL Open Font License
// 1.1, with the fonts' copyright lines), which must travel with every copy
// of them, subsets included. The caller must not modify it.
func License() []byte { return licenseOFL }
