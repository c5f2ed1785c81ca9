package archive

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Report says what an Update found.
type Report struct {
	// Postmortems is how many postmortems the index now holds.
	Postmortems int
	// Read is how many files were read and parsed this time; Unchanged
	// how many were skipped because size, time and digest matched.
	Read, Unchanged, Removed int
	// Problems are the files skipped, each as FILE:LINE, sorted by file:
	// every broken debrief file and every session whose meeting never
	// started (NotStarted), on every Update until it is fixed or started,
	// and the foreign files (a README, other Markdown) read this time,
	// which are said once, when first seen or changed.
	Problems []*Problem
	// Foreign is how many files in the archive are not debrief's,
	// including those said before.
	Foreign int
}

// known is a file as the index last saw it.
type known struct {
	size, mtime int64
	digest      []byte
	doc         sql.NullInt64
}

// parsed is one file read and parsed, ready to be written.
type parsed struct {
	c       candidate
	digest  []byte
	rec     *Record
	problem *Problem
	same    bool // the content is what the index holds: only the stat changed
}

// Update brings the index in line with the files under the top folder:
// new and changed files (by size and modification time, then content
// digest) are parsed, removed ones dropped. It is what every archive
// command runs first, and it costs a walk of the folder when nothing
// changed.
func (ix *Index) Update() (Report, error) {
	var rep Report
	cands, err := walk(ix.top)
	if err != nil {
		return rep, fmt.Errorf("cannot read %s: %w", ix.top, unwrap(err))
	}
	have, err := ix.known()
	if err != nil {
		return rep, err
	}
	var todo []candidate
	seen := make(map[string]bool, len(cands))
	for _, c := range cands {
		seen[c.rel] = true
		if k, ok := have[c.rel]; ok && k.size == c.size && k.mtime == c.mtime {
			rep.Unchanged++
			continue
		}
		todo = append(todo, c)
	}
	var gone []string
	for p := range have {
		if !seen[p] {
			gone = append(gone, p)
		}
	}
	results := ix.parseAll(todo, have)
	if err := ix.write(results, gone, have); err != nil {
		return rep, err
	}
	rep.Removed = len(gone)
	for _, r := range results {
		if r.same {
			rep.Unchanged++
		} else {
			rep.Read++
		}
	}
	return rep, ix.fillReport(&rep, results)
}

func (ix *Index) known() (map[string]known, error) {
	rows, err := ix.db.Query(`SELECT path, size, mtime, digest, doc FROM files`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]known{}
	for rows.Next() {
		var p string
		var k known
		if err := rows.Scan(&p, &k.size, &k.mtime, &k.digest, &k.doc); err != nil {
			return nil, err
		}
		out[p] = k
	}
	return out, rows.Err()
}

// parseAll reads and parses the files on every CPU; the results come
// back in the order given.
func (ix *Index) parseAll(todo []candidate, have map[string]known) []parsed {
	out := make([]parsed, len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i] = ix.parseOne(todo[i], have)
			}
		})
	}
	for i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func (ix *Index) parseOne(c candidate, have map[string]known) parsed {
	r := parsed{c: c}
	data, err := readBounded(filepath.Join(ix.top, filepath.FromSlash(c.rel)))
	if err != nil {
		r.problem = &Problem{File: c.rel, Msg: err.Error() + "; skipped", Foreign: errors.Is(err, errTooLarge)}
		return r
	}
	sum := sha256.Sum256(data)
	r.digest = sum[:]
	// A file the index holds with this content is not parsed again, nor
	// reported again if it is someone else's.
	if k, ok := have[c.rel]; ok && bytes.Equal(k.digest, r.digest) {
		r.same = true
		return r
	}
	rec, err := Parse(c.rel, data)
	if p, ok := err.(*Problem); ok {
		r.problem = p
	} else if err != nil {
		r.problem = &Problem{File: c.rel, Msg: err.Error()}
	}
	r.rec = rec
	return r
}

// readBounded reads a whole file, refusing one too large to be a
// postmortem rather than reading without limit.
func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrap(err))
	}
	if len(data) > maxFile {
		return nil, fmt.Errorf("%w (%d MB)", errTooLarge, maxFile>>20)
	}
	return data, nil
}

// errTooLarge is a file far beyond any postmortem's size.
var errTooLarge = errors.New("larger than a postmortem can be")

// fillReport counts the postmortems and lists the broken files on record
// with the foreign files this Update read.
func (ix *Index) fillReport(rep *Report, results []parsed) error {
	if err := ix.db.QueryRow(`SELECT count(*) FROM docs WHERE hidden = 0`).Scan(&rep.Postmortems); err != nil {
		return err
	}
	if err := ix.db.QueryRow(`SELECT count(*) FROM files WHERE foreign_file != 0`).Scan(&rep.Foreign); err != nil {
		return err
	}
	rows, err := ix.db.Query(`SELECT path, line, problem, not_started FROM files WHERE problem IS NOT NULL AND foreign_file = 0`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		p := &Problem{}
		if err := rows.Scan(&p.File, &p.Line, &p.Msg, &p.NotStarted); err != nil {
			return err
		}
		rep.Problems = append(rep.Problems, p)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range results {
		if r.problem != nil && r.problem.Foreign {
			rep.Problems = append(rep.Problems, r.problem)
		}
	}
	slices.SortFunc(rep.Problems, func(a, b *Problem) int { return strings.Compare(a.File, b.File) })
	return nil
}

// lineList is the section's line numbers, space-separated, for the
// UNINDEXED column that maps a body line back to the file.
func lineList(lines []Line) (body, nums string) {
	var b, n strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
			n.WriteByte(' ')
		}
		b.WriteString(l.Text)
		n.WriteString(strconv.Itoa(l.N))
	}
	return b.String(), n.String()
}
