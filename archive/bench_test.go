package archive

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/bench/archivegen"
)

// The archive benchmarks run on 10,000 generated postmortems. Writing
// them takes a while, so DEBRIEF_ARCHIVE names a folder written once by
// bench/cmd/genarchive; without it they are written to a temporary folder.
//
//	go run ./bench/cmd/genarchive /tmp/archive10k
//	DEBRIEF_ARCHIVE=/tmp/archive10k go test ./archive -run XXX -bench . -benchtime 1x
var benchDir = sync.OnceValues(func() (string, error) {
	if d := os.Getenv("DEBRIEF_ARCHIVE"); d != "" {
		return d, nil
	}
	d, err := os.MkdirTemp("", "debrief-archive10k")
	if err != nil {
		return "", err
	}
	generated = d
	_, err = archivegen.Write(d, 10000)
	return d, err
})

// generated is the archive the benchmarks wrote themselves, removed when
// the test binary ends.
var generated string

func TestMain(m *testing.M) {
	code := m.Run()
	if generated != "" {
		os.RemoveAll(generated)
	}
	os.Exit(code)
}

func benchArchive(b *testing.B) string {
	b.Helper()
	d, err := benchDir()
	if err != nil {
		b.Fatal(err)
	}
	return d
}

func openBench(b *testing.B, dir string) *Index {
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ix.Update(); err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkBuild10k indexes the archive from nothing (budget 30 s) and
// reports the index's size against the archive's (budget 1/2).
func BenchmarkBuild10k(b *testing.B) {
	dir := benchArchive(b)
	for b.Loop() {
		b.StopTimer()
		os.RemoveAll(filepath.Join(dir, IndexDir))
		b.StartTimer()
		ix := openBench(b, dir)
		ix.Close()
	}
	b.ReportMetric(float64(size(filepath.Join(dir, IndexDir)))/float64(archiveBytes(dir)), "index/archive")
}

// BenchmarkUpdateOneFile10k is the update after one new postmortem lands
// in the 10,000 (budget 200 ms): a walk of the folder, one file read.
func BenchmarkUpdateOneFile10k(b *testing.B) {
	dir := benchArchive(b)
	ix := openBench(b, dir)
	defer ix.Close()
	var added []string
	i := 2_000_000
	for b.Loop() {
		b.StopTimer()
		rel, data := archivegen.Postmortem(i)
		i++
		p := filepath.Join(dir, "new", filepath.Base(rel))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, data, 0o644)
		added = append(added, p)
		b.StartTimer()
		rep, err := ix.Update()
		if err != nil || rep.Read != 1 {
			b.Fatalf("update read %d: %v", rep.Read, err)
		}
	}
	b.StopTimer()
	os.RemoveAll(filepath.Join(dir, "new"))
	ix.Update()
}

var benchQueries = []string{"connection pool", "certificate expired", "retry backoff", "disk full", "dns ttl",
	"schema migration lock", "memory leak", "campaign traffic", "dead letter queue", "switch zone",
	"payments", "alert threshold", "rollback", "provider api", "cache flag", "runbook",
	"autoscaling", "replica", "health check", "pool utilization alert"}

// BenchmarkSearch10k runs a mix of searches and reports their p50 and
// p99 (budget 50 ms p99).
func BenchmarkSearch10k(b *testing.B) {
	ix := openBench(b, benchArchive(b))
	defer ix.Close()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := Query{Text: benchQueries[i%len(benchQueries)]}
		if i%3 == 1 {
			q.Service = "payments"
		}
		i++
		start := time.Now()
		if _, err := ix.Search(q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	report(b, lat)
}

var benchRhymes = []RhymeQuery{
	{Service: "checkout", Trigger: "binary push", Text: "the connection pool ran out while retries held connections",
		Factors: []string{"Pool utilization had no alert"}},
	{Service: "auth", Text: "certificate renewal stopped and nobody noticed"},
	{Service: "search", Trigger: "capacity", Factors: []string{"Disk usage alert threshold was far too high", "Log retention grew"}},
	{Text: "dns ttl kept the old answer", Factors: []string{"A configuration change shipped everywhere at once"}},
}

// BenchmarkRhymes10k looks up rhyming postmortems as the meeting screen
// would while a note is typed (budget 100 ms).
func BenchmarkRhymes10k(b *testing.B) {
	ix := openBench(b, benchArchive(b))
	defer ix.Close()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Rhymes(context.Background(), benchRhymes[i%len(benchRhymes)]); err != nil {
			b.Fatal(err)
		}
		i++
		lat = append(lat, time.Since(start))
	}
	report(b, lat)
}

func report(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	b.ReportMetric(float64(Percentile(lat, 50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(Percentile(lat, 99).Microseconds())/1000, "p99-ms")
}

func size(dir string) int64 {
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

func archiveBytes(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			if i, err := d.Info(); err == nil {
				n += i.Size()
			}
		}
		return nil
	})
	return n
}
