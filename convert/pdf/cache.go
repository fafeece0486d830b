package pdf

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
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
	// Idle drawMemo blocks, cleared: a one-page document's face sets took
	// some two hundred fresh kilobyte blocks, a sixth of what it
	// allocated. Fresh pages cost more than their allocation: the memo's
	// first touch of one is the nil check's read before its write, so the
	// kernel maps the zero page and then copies it on the write, flushing
	// the TLB of every other core running the process (two jobs: a
	// twentieth of the CPU, in IPIs a virtual machine makes dear). A pool
	// keeps them warm; it is per core, so jobs do not contend for it.
	blocks sync.Pool // *memoBlock
	// Idle buffers: the font objects' (a hundred kilobytes and more for a
	// one-page document), their compressed subsets', and the buffered
	// writers pages are written through; fresh ones were most of the rest
	// of the fresh pages a document touched.
	bufs    sync.Pool // *bytes.Buffer, empty
	writers sync.Pool // *bufio.Writer, reset to nil
}

// maxIdleBuffer bounds the buffers a Cache keeps: a large document's are
// left to the collector.
const maxIdleBuffer = 4 << 20

// buffer returns an empty buffer; putBuffer takes it back.
func (c *Cache) buffer() *bytes.Buffer {
	if b, ok := c.bufs.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func (c *Cache) putBuffer(b *bytes.Buffer) {
	if b != nil && b.Cap() <= maxIdleBuffer {
		b.Reset()
		c.bufs.Put(b)
	}
}

// writer returns a buffered writer of 64 KiB to w; putWriter takes it
// back (unflushed bytes are dropped).
func (c *Cache) writer(w io.Writer) *bufio.Writer {
	if bw, ok := c.writers.Get().(*bufio.Writer); ok {
		bw.Reset(w)
		return bw
	}
	return bufio.NewWriterSize(w, 64<<10)
}

func (c *Cache) putWriter(bw *bufio.Writer) {
	if bw != nil {
		bw.Reset(nil)
		c.writers.Put(bw)
	}
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

// block returns a cleared memo block.
func (c *Cache) block() *memoBlock {
	if b, ok := c.blocks.Get().(*memoBlock); ok {
		return b
	}
	return new(memoBlock)
}

// release clears the blocks of the memos of sets and keeps them for the
// next document; the sets must not be used after.
func (c *Cache) release(sets ...*faceSet) {
	for _, s := range sets {
		if s == nil {
			continue
		}
		for i, b := range s.memo.blocks {
			if b != nil {
				clear(b[:])
				c.blocks.Put(b)
				s.memo.blocks[i] = nil
			}
		}
	}
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
