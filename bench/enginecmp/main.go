// Command enginecmp measures the two candidate engines for debrief's
// archive index on the same archive: SQLite FTS5 (modernc.org/sqlite, as
// the archive package uses it) and bleve v2, indexing the same section
// text. It is its own module so bleve stays out of debrief's.
//
//	go run . ARCHIVE_DIR    # an archive from bench/cmd/genarchive
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/bench/archivegen"
)

var queries = []string{"connection pool", "certificate expired", "retry backoff", "disk full", "dns ttl",
	"schema migration lock", "memory leak", "campaign traffic", "dead letter queue", "switch zone",
	"payments", "alert threshold", "rollback", "provider api", "cache flag", "runbook",
	"autoscaling", "replica", "health check", "pool utilization alert"}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: enginecmp ARCHIVE_DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	size := archiveSize(dir)
	fmt.Printf("archive: %s, %.1f MB\n\n", dir, float64(size)/1e6)
	fmt.Println("| engine | full build | update (1 new file) | search p50 | search p99 | index size | size / archive |")
	fmt.Println("|---|---|---|---|---|---|---|")
	sqlite(dir, size)
	bleveRun(dir, size)
}

func sqlite(dir string, size int64) {
	os.RemoveAll(filepath.Join(dir, archive.IndexDir))
	start := time.Now()
	ix := must(archive.Open(dir))
	must(ix.Update())
	build := time.Since(start)
	rel, data := archivegen.Postmortem(1_000_000)
	p := filepath.Join(dir, rel)
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, data, 0o644)
	start = time.Now()
	must(ix.Update())
	update := time.Since(start)
	os.Remove(p)
	must(ix.Update())
	lat := timeSearches(func(q string) { must(ix.Search(archive.Query{Text: q})) })
	ix.Close()
	isz := dirSize(filepath.Join(dir, archive.IndexDir))
	row("SQLite FTS5 (modernc.org/sqlite)", build, update, lat, isz, size)
}

func bleveRun(dir string, size int64) {
	tmp := must(os.MkdirTemp("", "enginecmp-bleve"))
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "index.bleve")
	start := time.Now()
	idx := must(bleve.New(path, bleve.NewIndexMapping()))
	recs := parseAll(dir)
	b := idx.NewBatch()
	for _, r := range recs {
		add(b, r)
		if b.Size() >= 2000 {
			check(idx.Batch(b))
			b = idx.NewBatch()
		}
	}
	check(idx.Batch(b))
	build := time.Since(start)
	_, data := archivegen.Postmortem(1_000_000)
	start = time.Now()
	r := must(archive.Parse("new.md", data))
	b = idx.NewBatch()
	add(b, r)
	check(idx.Batch(b))
	update := time.Since(start)
	lat := timeSearches(func(q string) {
		var must []query.Query
		for _, t := range archive.Terms(q) {
			m := bleve.NewMatchPhraseQuery(t)
			m.SetField("body")
			must = append(must, m)
		}
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), 160, 0, false)
		req.Fields = []string{"section", "path"}
		_, err := idx.Search(req)
		check(err)
	})
	idx.Close()
	row("bleve v2 (scorch)", build, update, lat, dirSize(path), size)
}

func add(b *bleve.Batch, r *archive.Record) {
	for i, s := range r.Sections {
		var body strings.Builder
		for _, l := range s.Lines {
			body.WriteString(l.Text)
			body.WriteByte('\n')
		}
		check(b.Index(fmt.Sprintf("%s#%d", r.Path, i), map[string]any{
			"body": body.String(), "section": s.Name, "path": r.Path, "service": r.Service, "severity": r.Severity,
		}))
	}
}

func parseAll(dir string) []*archive.Record {
	var paths []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d != nil && d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != dir {
			return filepath.SkipDir
		}
		if err == nil && strings.HasSuffix(p, ".md") {
			paths = append(paths, p)
		}
		return nil
	})
	out := make([]*archive.Record, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				data := must(os.ReadFile(paths[i]))
				out[i] = must(archive.Parse(paths[i], data))
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// timeSearches runs every query ten times and returns the sorted latencies.
func timeSearches(run func(string)) []time.Duration {
	var lat []time.Duration
	for range 10 {
		for _, q := range queries {
			start := time.Now()
			run(q)
			lat = append(lat, time.Since(start))
		}
	}
	slices.Sort(lat)
	return lat
}

func row(name string, build, update time.Duration, lat []time.Duration, isz, size int64) {
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	fmt.Printf("| %s | %s | %s | %s | %s | %.1f MB | %.2f |\n", name, build.Round(10*time.Millisecond),
		update.Round(100*time.Microsecond), p(0.5).Round(10*time.Microsecond), p(0.99).Round(10*time.Microsecond),
		float64(isz)/1e6, float64(isz)/float64(size))
}

func archiveSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d != nil && d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != dir {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() {
			if i, err := d.Info(); err == nil {
				n += i.Size()
			}
		}
		return nil
	})
	return n
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if i, err := d.Info(); err == nil {
				n += i.Size()
			}
		}
		return nil
	})
	return n
}

func must[T any](v T, err error) T {
	check(err)
	return v
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "enginecmp:", err)
		os.Exit(1)
	}
}
