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
)

var (
	body    = sync.OnceValues(func() (*Face, error) { return loadEmbedded(bodyTTF, "PaibanSerifSC-Regular.ttf") })
	heading = sync.OnceValues(func() (*Face, error) { return loadEmbedded(headingTTF, "PaibanSansSC-Bold.ttf") })
)

// Body returns the embedded default body face (Noto Serif CJK SC Regular,
// subset), parsed once per process.
func Body() (*Face, error) { return body() }

// Heading returns the embedded default heading face (Noto Sans CJK SC Bold,
// subset), parsed once per process.
func Heading() (*Face, error) { return heading() }

func loadEmbedded(data []byte, name string) (*Face, error) {
	f, err := parseFace(data, name)
	if err != nil {
		return nil, fmt.Errorf("fonts: embedded %s: %w", name, err)
	}
	return f, nil
}
