package pdf

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zlib"
	"github.com/paiban/paiban/fonts"
)

// Cache holds what writing one PDF leaves that the next can use: each
// face parsed, with its descriptor values, and zlib compressors (each a
// megabyte of tables to allocate and clear). A batch converting thousands
// of one-page files in a process shares one (WithCache); a Writer without
// one keeps its own for all its documents. It is safe for concurrent use.
type Cache struct {
	faces sync.Map // Face → *cachedFace
	// Idle zlib writers. Not a sync.Pool, which every garbage collection
	// empties: in a batch of one-page files (a collection every dozen
	// files) most files made their writers anew, a sixth of what a file
	// allocated. At most maxIdleZlib are kept.
	mu sync.Mutex
	zw []*zlib.Writer
}

// maxIdleZlib bounds the zlib writers a Cache keeps: as many as are in use
// at once in a batch on a few cores (a page's and the fonts', per job).
const maxIdleZlib = 8

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// WithCache has the writer share c with other writers (across documents
// of a batch, made by different Writers).
func WithCache(c *Cache) Option { return func(cfg *config) { cfg.cache = c } }

// cachedFace is a face as the font writer embeds it: parsed by package
// fonts (which subsets it), with its descriptor values.
type cachedFace struct {
	once sync.Once
	face *fonts.Face
	desc fonts.Descriptor
	err  error
}

// face returns f parsed, and its descriptor values, once per cache.
func (c *Cache) face(f Face) (*fonts.Face, fonts.Descriptor, error) {
	v, _ := c.faces.LoadOrStore(f, &cachedFace{})
	cf := v.(*cachedFace)
	cf.once.Do(func() {
		ff, ok := f.(*fonts.Face)
		if !ok {
			ff, cf.err = fonts.Parse(f.Data(), f.Name())
			if cf.err != nil {
				return
			}
		}
		cf.face = ff
		if cf.desc, cf.err = ff.Descriptor(); cf.err != nil {
			cf.err = fmt.Errorf("font %s: %w", f.Name(), cf.err)
		}
	})
	return cf.face, cf.desc, cf.err
}

// compress appends data compressed with zlib at its fastest level (fpdf's
// own setting) to dst. The bytes are those of a new writer's.
func (c *Cache) compress(dst *bytes.Buffer, data []byte) error {
	var zw *zlib.Writer
	c.mu.Lock()
	if n := len(c.zw); n > 0 {
		zw = c.zw[n-1]
		c.zw = c.zw[:n-1]
	}
	c.mu.Unlock()
	if zw == nil {
		zw, _ = zlib.NewWriterLevel(dst, zlib.BestSpeed)
	} else {
		zw.Reset(dst)
	}
	defer func() {
		c.mu.Lock()
		if len(c.zw) < maxIdleZlib {
			c.zw = append(c.zw, zw)
		}
		c.mu.Unlock()
	}()
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}
