package archive

import (
	"slices"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	m := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Minute)
		}
		return out
	}
	for _, tc := range []struct {
		in       []time.Duration
		p50, p90 time.Duration
	}{
		{m(5, 10, 12, 20, 30), 12 * time.Minute, 30 * time.Minute},
		{m(10, 30, 40, 60), 30 * time.Minute, 60 * time.Minute},
		{m(7), 7 * time.Minute, 7 * time.Minute},
		{m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5 * time.Minute, 9 * time.Minute},
	} {
		if p50, p90 := Percentile(tc.in, 50), Percentile(tc.in, 90); p50 != tc.p50 || p90 != tc.p90 {
			t.Errorf("%v: p50 %v p90 %v, want %v %v", tc.in, p50, p90, tc.p50, tc.p90)
		}
	}
}

// The figures of the hand-made archive, worked out by hand from its
// timelines and action tables (see testdata/archive).
func TestStatsOfTheTestArchive(t *testing.T) {
	ix, _ := testArchive(t)
	recs, err := ix.Records()
	if err != nil {
		t.Fatal(err)
	}
	st, err := Compute(recs, "service", now)
	if err != nil {
		t.Fatal(err)
	}
	g := st.Total
	// TTD 10, 20, 5, 30, 12 min; TTM 30, 40, 15-5=10, 60 (the session has
	// no #mitigated); TTR 60, 30, 240 and the certificate's 120 (its
	// "00:00 #resolved" after "22:00 #started" is read as past midnight).
	check := func(name string, d Dist, n int, p50, p90 time.Duration) {
		t.Helper()
		if d.N != n || d.P50 != p50 || d.P90 != p90 {
			t.Errorf("%s: n %d p50 %v p90 %v; want %d %v %v", name, d.N, d.P50, d.P90, n, p50, p90)
		}
	}
	check("ttd", g.TTD, 5, 12*time.Minute, 30*time.Minute)
	check("ttm", g.TTM, 4, 30*time.Minute, 60*time.Minute)
	check("ttr", g.TTR, 4, 60*time.Minute, 240*time.Minute)
	if g.Count != 5 || g.Actions != 7 || g.Done != 2 {
		t.Errorf("count %d actions %d done %d; want 5, 7, 2", g.Count, g.Actions, g.Done)
	}
	// Open items' age from their review: pool-2025 (2025-03-12 14:00),
	// cert (2025-06-03 10:00), pool-2026 twice (2026-01-20 15:00), search
	// (2026-10-14 09:00), each a minute later when the first phase began,
	// to 2026-11-21 12:00: sorted 38.1d, 304.9d, 304.9d, 536.1d, 618.9d;
	// p50 is the third.
	if g.OpenAge.N != 5 || g.OpenAge.P50.Round(time.Hour) != 304*24*time.Hour+21*time.Hour {
		t.Errorf("open age: %+v", g.OpenAge)
	}
	if g.TTR.Buckets[1] != 1 || g.TTR.Buckets[2] != 1 || g.TTR.Buckets[3] != 1 || g.TTR.Buckets[4] != 1 {
		t.Errorf("ttr histogram %v: want one in each of ≤30m, ≤1h, ≤2h and ≤4h", g.TTR.Buckets)
	}
	kinds := g.Kinds
	if len(kinds) < 2 || kinds[0] != (FactorCount{"monitoring", 2}) || kinds[1] != (FactorCount{"software", 2}) {
		t.Errorf("factor kinds %v", kinds)
	}
	var keys []string
	for _, grp := range st.Groups {
		keys = append(keys, grp.Key)
	}
	if !slices.Equal(keys, []string{"payments", "auth", "checkout", "search"}) {
		t.Errorf("groups %v", keys)
	}
	if p := st.Groups[0]; p.Count != 2 || p.Done != 2 || p.Actions != 3 || p.TTR.P50 != 60*time.Minute {
		t.Errorf("payments: %+v", p)
	}
	q, _ := Compute(recs, "quarter", now)
	var qs []string
	for _, grp := range q.Groups {
		qs = append(qs, grp.Key)
	}
	if !slices.Equal(qs, []string{"2025-Q1", "2025-Q2", "2025-Q3", "2026-Q1", "2026-Q4"}) {
		t.Errorf("quarters %v", qs)
	}
	if _, err := Compute(recs, "colour", now); err == nil {
		t.Error("an unknown grouping was accepted")
	}
}
