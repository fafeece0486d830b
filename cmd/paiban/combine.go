package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/batch"
)

// runCombine reads every input, in the order of the command line (files
// found in one directory or glob by name), and writes them as one output
// (an edition as one EPUB). Like every output, the book is whole or not
// written at all: if an input fails it is reported and no book is made,
// rather than an edition silently missing a page.
//
// missing counts the arguments that gave no input (a missing file, a
// directory that could not be walked); they fail the book too.
func runCombine(ctx context.Context, s *settings, inputs []batch.Input, missing int, e *env) (int, error) {
	inputs = slices.Clone(inputs)
	slices.SortStableFunc(inputs, func(a, b batch.Input) int { return cmp.Compare(a.Arg, b.Arg) })
	for _, in := range inputs {
		if in.Path != batch.Stdin && s.outFile != batch.Stdin && sameFile(in.Path, s.outFile) {
			return 0, usagef("convert: refusing to overwrite input %s", quoteName(in.Path))
		}
	}
	var (
		docs   []*doc.Document
		failed int
	)
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		d, err := s.readInput(ctx, in, e)
		if err == nil {
			if !s.rep.quiet {
				s.rep.mu.Lock()
				for _, dg := range d.Diagnostics {
					s.rep.diagnostic(in.Path, dg)
				}
				s.rep.mu.Unlock()
			}
			docs = append(docs, d)
			continue
		}
		if ctx.Err() != nil {
			return failed, ctx.Err()
		}
		s.rep.failure(in.Path, err)
		failed++
	}
	if failed+missing > 0 {
		fmt.Fprintf(e.stderr, "paiban: %s not written: %d of %d inputs failed\n", bookName(s.outFile), failed+missing, len(inputs)+missing)
		return failed, nil
	}
	f := s.formats[0]
	if s.outFile == batch.Stdin {
		bw := bufio.NewWriter(e.stdout)
		if err := s.reg.WriteBook(ctx, bw, docs, f.Name, s.opts); err != nil {
			s.rep.failure("", err)
			return failed + 1, nil
		}
		if err := bw.Flush(); err != nil {
			return failed, &convert.IOError{Op: "write", Err: err}
		}
		return failed, nil
	}
	file, err := atomicfile.CreateContext(ctx, s.outFile, 0o644)
	if err != nil {
		return failed, err
	}
	file.SetSync(s.sync)
	defer file.Abort()
	bw := bufio.NewWriterSize(file, 64<<10)
	if err := s.reg.WriteBook(ctx, bw, docs, f.Name, s.opts); err != nil {
		if ctx.Err() != nil {
			return failed, ctx.Err()
		}
		s.rep.failure(s.outFile, err)
		return failed + 1, nil
	}
	if err := bw.Flush(); err != nil {
		return failed, &convert.IOError{Op: "write", Err: err}
	}
	return failed, file.Commit()
}

// bookName names the combined output in messages.
func bookName(out string) string {
	if out == batch.Stdin {
		return "the combined output"
	}
	return quoteName(out)
}
