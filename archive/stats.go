package archive

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Groupings stats can split the archive by.
var Groupings = []string{"service", "severity", "trigger", "quarter"}

// Dist is a distribution of durations: medians and the 90th percentile
// (nearest rank), never means, which one long outage would drag far from
// what a typical incident looks like; and a histogram over Buckets.
type Dist struct {
	N       int           `json:"n"`
	P50     time.Duration `json:"p50"`
	P90     time.Duration `json:"p90"`
	Buckets []int         `json:"buckets"`
}

// MarshalJSON writes the figures in minutes, which a reader of the JSON
// can use without knowing Go's durations.
func (d Dist) MarshalJSON() ([]byte, error) {
	hist := make(map[string]int, len(d.Buckets))
	for i, n := range d.Buckets {
		hist[BucketLabels[i]] = n
	}
	return json.Marshal(struct {
		N    int            `json:"n"`
		P50  float64        `json:"p50_minutes"`
		P90  float64        `json:"p90_minutes"`
		Hist map[string]int `json:"histogram"`
	}{d.N, d.P50.Minutes(), d.P90.Minutes(), hist})
}

// Buckets are the histogram's upper edges; the last bucket is everything
// longer than the last edge.
var Buckets = []time.Duration{15 * time.Minute, 30 * time.Minute, time.Hour, 2 * time.Hour,
	4 * time.Hour, 8 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 30 * 24 * time.Hour}

// BucketLabels name the histogram's buckets, one more than Buckets.
var BucketLabels = []string{"≤15m", "≤30m", "≤1h", "≤2h", "≤4h", "≤8h", "≤1d", "≤7d", "≤30d", ">30d"}

// FactorCount is a contributing factor (or kind) and how many
// postmortems name it.
type FactorCount struct {
	Factor string `json:"factor"`
	Count  int    `json:"count"`
}

// Group is the figures for one group of postmortems.
type Group struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
	// TTD, TTM and TTR are time to detect, mitigate and resolve, over the
	// postmortems whose timelines give them.
	TTD Dist `json:"ttd"`
	TTM Dist `json:"ttm"`
	TTR Dist `json:"ttr"`
	// ToPublish is from the incident to the written postmortem.
	ToPublish Dist `json:"to_publish"`
	// Actions and Done count the action items and those recorded done;
	// OpenAge is how long the open ones have been open (since the review).
	Actions int `json:"actions"`
	Done    int `json:"done"`
	// Completion is Done over Actions, 0 with no items.
	Completion float64 `json:"completion"`
	OpenAge    Dist    `json:"open_age"`
	// Factors are the contributing factors named in more than one
	// postmortem, and Kinds the factor kinds, most frequent first.
	Factors []FactorCount `json:"recurring_factors,omitempty"`
	Kinds   []FactorCount `json:"factor_kinds,omitempty"`
}

// Stats is the archive's figures overall and by one grouping.
type Stats struct {
	By     string  `json:"by"`
	Total  Group   `json:"total"`
	Groups []Group `json:"groups"`
}

// Compute works out the figures for recs grouped by by (one of
// Groupings), as of now. It is pure: the same records give the same
// figures.
func Compute(recs []Record, by string, now time.Time) (Stats, error) {
	key, ok := groupKey(by)
	if !ok {
		return Stats{}, fmt.Errorf("--by %q: want one of %s", by, strings.Join(Groupings, ", "))
	}
	st := Stats{By: by, Total: group("all", recs, now)}
	parts := map[string][]Record{}
	var keys []string
	for _, r := range recs {
		k := key(r)
		if _, ok := parts[k]; !ok {
			keys = append(keys, k)
		}
		parts[k] = append(parts[k], r)
	}
	for _, k := range keys {
		st.Groups = append(st.Groups, group(k, parts[k], now))
	}
	slices.SortFunc(st.Groups, func(a, b Group) int {
		if by == "quarter" || by == "severity" {
			return strings.Compare(a.Key, b.Key)
		}
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Key, b.Key)
	})
	return st, nil
}

func groupKey(by string) (func(Record) string, bool) {
	orNone := func(s, none string) string {
		if s == "" {
			return none
		}
		return s
	}
	switch by {
	case "service":
		return func(r Record) string { return orNone(strings.ToLower(r.Service), "(no service)") }, true
	case "severity":
		return func(r Record) string { return orNone(r.Severity, "(no severity)") }, true
	case "trigger":
		return func(r Record) string { return orNone(r.Trigger, "(not classified)") }, true
	case "quarter":
		return func(r Record) string {
			t := r.Incident
			if t.IsZero() {
				t = r.Review
			}
			if t.IsZero() {
				return "(no date)"
			}
			return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
		}, true
	}
	return nil, false
}

func group(key string, recs []Record, now time.Time) Group {
	g := Group{Key: key, Count: len(recs)}
	var ttd, ttm, ttr, pub, age []time.Duration
	factors := map[string]int{}
	kinds := map[string]int{}
	for _, r := range recs {
		for _, p := range []struct {
			d   time.Duration
			dst *[]time.Duration
		}{{r.TTD, &ttd}, {r.TTM, &ttm}, {r.TTR, &ttr}} {
			if p.d >= 0 {
				*p.dst = append(*p.dst, p.d)
			}
		}
		if !r.Incident.IsZero() && !r.Published.IsZero() && !r.Published.Before(r.Incident) {
			pub = append(pub, r.Published.Sub(r.Incident))
		}
		for _, a := range r.Actions {
			g.Actions++
			if a.Done {
				g.Done++
			} else if !r.Review.IsZero() && now.After(r.Review) {
				age = append(age, now.Sub(r.Review))
			}
		}
		seenF, seenK := map[string]bool{}, map[string]bool{}
		for _, f := range r.Factors {
			if t := normalize(f.Text); t != "" && !seenF[t] {
				seenF[t] = true
				factors[t]++
			}
			if f.Kind != "" && !seenK[f.Kind] {
				seenK[f.Kind] = true
				kinds[f.Kind]++
			}
		}
	}
	g.TTD, g.TTM, g.TTR, g.ToPublish, g.OpenAge = dist(ttd), dist(ttm), dist(ttr), dist(pub), dist(age)
	if g.Actions > 0 {
		g.Completion = float64(g.Done) / float64(g.Actions)
	}
	g.Factors = top(factors, 2, 5)
	g.Kinds = top(kinds, 1, 8)
	return g
}

// dist sorts ds and takes its nearest-rank percentiles.
func dist(ds []time.Duration) Dist {
	d := Dist{N: len(ds), Buckets: make([]int, len(Buckets)+1)}
	if len(ds) == 0 {
		return d
	}
	slices.Sort(ds)
	d.P50, d.P90 = Percentile(ds, 50), Percentile(ds, 90)
	for _, v := range ds {
		i, _ := slices.BinarySearch(Buckets, v)
		d.Buckets[i]++
	}
	return d
}

// Percentile is the nearest-rank p-th percentile of sorted: the smallest
// value with at least p% of the values at or below it.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// top lists the counts of at least least, most frequent first, at most n.
func top(counts map[string]int, least, n int) []FactorCount {
	var out []FactorCount
	for k, c := range counts {
		if c >= least {
			out = append(out, FactorCount{k, c})
		}
	}
	slices.SortFunc(out, func(a, b FactorCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Factor, b.Factor)
	})
	return out[:min(n, len(out))]
}

// normalize makes two spellings of one factor count as one: case,
// spacing and trailing punctuation.
func normalize(s string) string {
	return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".;:!")
}
