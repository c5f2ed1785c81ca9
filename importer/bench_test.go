package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// slackExport writes an export of n messages over days days in one
// channel, a third of them thread replies mentioning someone.
func slackExport(tb testing.TB, n, days int) (string, time.Time) {
	dir := tb.TempDir()
	var users []map[string]any
	for i := range 40 {
		users = append(users, map[string]any{"id": fmt.Sprintf("U%03d", i), "name": fmt.Sprintf("person%d", i),
			"profile": map[string]string{"display_name": fmt.Sprintf("Person %d", i)}})
	}
	mustWrite(tb, filepath.Join(dir, "users.json"), users)
	start := time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)
	per := n / days
	for d := range days {
		day := start.AddDate(0, 0, d)
		var msgs []map[string]string
		for i := range per {
			at := day.Add(time.Duration(i) * 24 * time.Hour / time.Duration(per))
			ts := fmt.Sprintf("%d.%06d", at.Unix(), i)
			m := map[string]string{"type": "message", "user": fmt.Sprintf("U%03d", i%40), "ts": ts,
				"text": fmt.Sprintf("checking pool on db-%d, <@U%03d> can you look at the &lt;p99&gt; graph? <https://grafana.example.com/d/%d|dashboard>", i%7, (i+1)%40, i)}
			if i%3 == 1 {
				m["thread_ts"] = ts
			}
			msgs = append(msgs, m)
		}
		mustWrite(tb, filepath.Join(dir, "inc-4512", day.Format(time.DateOnly)+".json"), msgs)
	}
	return dir, start
}

func mustWrite(tb testing.TB, path string, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
}

func TestSlackExportOfTenThousand(t *testing.T) {
	dir, start := slackExport(t, 10_000, 5)
	rows, err := Load([]Spec{{Kind: KindSlack, Path: dir}}, Options{From: start, To: start.AddDate(0, 0, 5)})
	if err != nil || len(rows) != 10_000 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
}

// BenchmarkSlack10k imports 10,000 messages from a five-day export, the
// whole window taken. Budget: under 1 s.
func BenchmarkSlack10k(b *testing.B) {
	dir, start := slackExport(b, 10_000, 5)
	opt := Options{From: start, To: start.AddDate(0, 0, 5)}
	for b.Loop() {
		rows, err := Load([]Spec{{Kind: KindSlack, Path: dir}}, opt)
		if err != nil || len(rows) != 10_000 {
			b.Fatal(len(rows), err)
		}
	}
}
