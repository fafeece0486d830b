package batch

import (
	"fmt"
	"hash/fnv"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/convert"
)

// Output is one file a job writes.
type Output struct {
	Format convert.Format
	Path   string // "-" for standard output
}

// Job is one input and the outputs it becomes.
type Job struct {
	Index   int // position in the plan, for ordered reporting
	Input   Input
	Outputs []Output
	// Err is set when no safe output name could be found; the job is not
	// run and reports it as its failure.
	Err error
}

// PlanOptions says where outputs go.
type PlanOptions struct {
	// Formats are the output formats, in order.
	Formats []convert.Format
	// OutDir, if set, receives the outputs, mirroring each input's Rel.
	OutDir string
	// OutFile, if set, is the one output path ("-" for standard output);
	// the caller ensures there is one input and one format.
	OutFile string
}

// Plan names the outputs of every input. Outputs go to OutDir/Rel with
// the format's extension, or beside the input without OutDir; standard
// input goes to standard output. A name that would overwrite an input,
// or another output of this run, becomes name+ext instead (p.txt's
// bulletin is p.txt.txt); if that is taken too the job fails. Two formats
// with one extension are told apart by name: p.txt and p.newstext.txt. Names never
// leave OutDir.
//
// When OutDir is an input directory (or holds one), outputs of an earlier
// run are found again as inputs. So a found file (Input.Found) that this
// run would write for other inputs is not an input: the inputs kept are
// the fewest whose planned outputs name all the found files dropped; if
// several sets are as small, a file any of them keeps is kept. A rerun of
// "--to json,txt --out-dir in in" over in/p.txt thus converts p.txt alone,
// rewriting p.json and p.txt.txt, and a first run over p.txt and p.json
// converts both. The price: with --to json alone, a found p.json beside
// p.txt is p.txt's output, and is rewritten.
func Plan(inputs []Input, o PlanOptions) []Job {
	inputs = dropOwnOutputs(inputs, o)
	taken := newClaims()
	for _, in := range inputs {
		if in.Path != Stdin {
			taken.input(in.Path, "input "+in.Path)
		}
	}
	jobs := make([]Job, 0, len(inputs))
	for i, in := range inputs {
		job := Job{Index: i, Input: in}
		for _, f := range o.Formats {
			p, err := outputPath(in, f, sharesExt(f, o.Formats), o, taken)
			if err != nil {
				job.Err = err
				job.Outputs = nil
				break
			}
			job.Outputs = append(job.Outputs, Output{Format: f, Path: p})
		}
		for _, out := range job.Outputs {
			if out.Path != Stdin {
				taken.output(out.Path, "output of "+in.Path)
			}
		}
		jobs = append(jobs, job)
	}
	return jobs
}

// sharesExt reports whether f must name its outputs stem.NAME.ext because
// another requested format has the same extension and owns it by name
// (newstext beside txt, both .txt: p.newstext.txt and p.txt).
func sharesExt(f convert.Format, all []convert.Format) bool {
	ext := strings.ToLower(f.Ext())
	if strings.TrimPrefix(ext, ".") == strings.ToLower(f.Name) {
		return false
	}
	for _, g := range all {
		if g.Name != f.Name && strings.ToLower(g.Ext()) == ext {
			return true
		}
	}
	return false
}

func outputPath(in Input, f convert.Format, qualify bool, o PlanOptions, taken *claims) (string, error) {
	if o.OutFile != "" {
		if o.OutFile != Stdin {
			if who, ok := taken.owner(o.OutFile); ok {
				return "", fmt.Errorf("refusing to overwrite %s (%s)", o.OutFile, who)
			}
		}
		return o.OutFile, nil
	}
	if in.Path == Stdin && o.OutDir == "" {
		return Stdin, nil
	}
	names, err := outputNames(in, f, qualify, o)
	if err != nil {
		return "", err
	}
	for _, p := range names {
		if _, ok := taken.owner(p); !ok {
			return p, nil
		}
	}
	who, _ := taken.owner(names[0])
	return "", fmt.Errorf("no safe name for the %s output: %s is %s", f.Name, names[0], who)
}

// outputNames returns the names the f output of in may have, preferred
// first: stem.ext, then name.ext.
func outputNames(in Input, f convert.Format, qualify bool, o PlanOptions) ([2]string, error) {
	rel := path.Clean(in.Rel)
	if !filepath.IsLocal(filepath.FromSlash(rel)) || rel == "." {
		return [2]string{}, fmt.Errorf("input path %q would leave the output directory", in.Rel)
	}
	var dir string
	if o.OutDir != "" {
		dir = filepath.Join(o.OutDir, filepath.FromSlash(path.Dir(rel)))
	} else {
		dir = filepath.Dir(in.Path)
	}
	base := path.Base(rel)
	stem := strings.TrimSuffix(base, path.Ext(base))
	if stem == "" {
		stem = base
	}
	ext := f.Ext()
	if qualify {
		ext = "." + f.Name + ext
	}
	return [2]string{filepath.Join(dir, stem+ext), filepath.Join(dir, base+ext)}, nil
}

// maxOwnOutputGroup bounds the search of dropOwnOutputs: a larger group of
// files naming each other is kept whole.
const maxOwnOutputGroup = 12

// dropOwnOutputs removes the found inputs that are outputs of other inputs
// under OutDir (see Plan). Inputs are grouped by "may be an output of";
// in each group it keeps the smallest set of found files (plus every file
// named one by one) whose plan covers the rest of the group.
func dropOwnOutputs(inputs []Input, o PlanOptions) []Input {
	if o.OutDir == "" || o.OutFile != "" {
		return inputs
	}
	keys := newClaims()       // resolves paths only
	found := map[string]int{} // resolved path → index in inputs
	for i, in := range inputs {
		if in.Found && in.Path != Stdin {
			found[keys.real(in.Path)] = i
		}
	}
	group := make([]int, len(inputs)) // union-find parents
	for i := range group {
		group[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if group[i] != i {
			group[i] = find(group[i])
		}
		return group[i]
	}
	linked := false
	for i, in := range inputs {
		for _, f := range o.Formats {
			names, err := outputNames(in, f, sharesExt(f, o.Formats), o)
			if err != nil {
				continue
			}
			for _, p := range names {
				if j, ok := found[keys.real(p)]; ok && j != i {
					group[find(j)] = find(i)
					linked = true
				}
			}
		}
	}
	if !linked {
		return inputs
	}
	members := map[int][]int{}
	for i := range inputs {
		r := find(i)
		members[r] = append(members[r], i)
	}
	drop := make([]bool, len(inputs))
	for _, m := range members {
		if len(m) > 1 {
			for _, i := range ownOutputs(inputs, m, o, keys) {
				drop[i] = true
			}
		}
	}
	kept := make([]Input, 0, len(inputs))
	for i, in := range inputs {
		if !drop[i] {
			kept = append(kept, in)
		}
	}
	return kept
}

// ownOutputs returns the members of one group (indexes into inputs, in
// order) that are outputs of the others.
func ownOutputs(inputs []Input, group []int, o PlanOptions, keys *claims) []int {
	var required, optional []int
	for _, i := range group {
		if inputs[i].Found {
			optional = append(optional, i)
		} else {
			required = append(required, i)
		}
	}
	if len(optional) > maxOwnOutputGroup {
		return nil
	}
	// covers reports whether planning the chosen inputs writes every
	// other member of the group.
	covers := func(chosen []bool) bool {
		taken := newClaims()
		taken.dirs = keys.dirs
		for k, i := range group {
			if chosen[k] {
				taken.output(inputs[i].Path, "input")
			}
		}
		for k, i := range group {
			if !chosen[k] {
				continue
			}
			for _, f := range o.Formats {
				p, err := outputPath(inputs[i], f, sharesExt(f, o.Formats), o, taken)
				if err != nil {
					return false
				}
				taken.output(p, "output")
			}
		}
		for k, i := range group {
			if _, ok := taken.owner(inputs[i].Path); !chosen[k] && !ok {
				return false
			}
		}
		return true
	}
	pos := map[int]int{}
	for k, i := range group {
		pos[i] = k
	}
	chosen := make([]bool, len(group))
	for _, i := range required {
		chosen[pos[i]] = true
	}
	// Try sets of optional members by size. Where several smallest sets
	// cover the rest (p.txt and p.json, each the other's output), the
	// evidence is ambiguous: a file any of them keeps is kept.
	inSome := make([]bool, len(group))
	hits := 0
	var try func(start, left int)
	try = func(start, left int) {
		if left == 0 {
			if covers(chosen) {
				hits++
				for k, c := range chosen {
					inSome[k] = inSome[k] || c
				}
			}
			return
		}
		for s := start; s <= len(optional)-left; s++ {
			chosen[pos[optional[s]]] = true
			try(s+1, left-1)
			chosen[pos[optional[s]]] = false
		}
	}
	for size := 0; size <= len(optional) && hits == 0; size++ {
		try(0, size)
	}
	var out []int
	for k, i := range group {
		if !inSome[k] {
			out = append(out, i)
		}
	}
	return out
}

func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// absIn is abs with the working directory known: filepath.Abs asks the
// system for it each time (two stats), a few times per input of a batch.
func absIn(cwd, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	if cwd == "" {
		return abs(p)
	}
	return filepath.Join(cwd, p)
}

// workDir is the working directory, or "" (then absIn asks each time).
func workDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

// Shard keeps the jobs whose input falls in share i of n (0 ≤ i < n), by a
// hash of the input's relative path: the same inputs land in the same
// share on every machine and every run, whatever the order of arguments.
// Standard input is share 0 (see ShareOf).
func Shard(jobs []Job, i, n int) []Job {
	if n <= 1 {
		return jobs
	}
	var out []Job
	for _, j := range jobs {
		if ShareOf(j.Input, 0, n) == i {
			out = append(out, j)
		}
	}
	return out
}

// ShareOf returns the share (0 ≤ share < n) of document k (from 0) of an
// input: a file's documents start at the share of its relative path
// (ShardOf) and go round the shares in turn, so the shares of a JSON Lines
// stream are balanced and every document lands in exactly one. Standard
// input starts at share 0: its k-th document is share k mod n, and a
// single document on standard input is converted by share 0 alone.
func ShareOf(in Input, k, n int) int {
	if n <= 1 {
		return 0
	}
	start := 0
	if in.Path != Stdin {
		start = ShardOf(in.Rel, n)
	}
	return (start + k%n) % n
}

// ShardOf returns the share (0 ≤ share < n) of a relative path.
func ShardOf(rel string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64() % uint64(n))
}

// ParseShard parses "i/n" with 0 ≤ i < n.
func ParseShard(s string) (i, n int, err error) {
	if _, err := fmt.Sscanf(s, "%d/%d", &i, &n); err != nil || n < 1 || i < 0 || i >= n || fmt.Sprintf("%d/%d", i, n) != s {
		return 0, 0, fmt.Errorf("shard %q: want i/n with 0 ≤ i < n, such as 0/4", s)
	}
	return i, n, nil
}
