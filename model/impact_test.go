package model

import "testing"

func TestHasFigure(t *testing.T) {
	figures := []string{
		"47 min", "22%", "<0.1%", "2400ms", "~18% of traffic", "14x", "35%", "$12k, 4,100 orders",
		"Error rate peaked at 22 percent", "about 3 hours", "1/3 of checkouts failed", "took 2h",
		"4100 orders failed", "10-15% of requests", "€8,000 refunded", "8.000€", "3.2M requests dropped",
		"p99 went to 2400ms", "between 09:14 and 09:45, 22% errors", "half of EU users", "thousands of users",
		"latency 900µs", "v2.31 failed for 12 customers",
	}
	for _, s := range figures {
		if !HasFigure(s) || ImpactHint(s) != "" {
			t.Errorf("%q: no figure found", s)
		}
	}
	vague := []string{
		"some users were affected", "09:14", "from 09:14 to 09:45", "v2.31", "v2.31.4 broke checkout",
		"2.31.4", "p99 latency went up", "5xx errors spiked", "ENG-4421 tracks it", "us-east-1 was down",
		"on 2026-11-19", "the 3rd party API failed", "SEV-1", "customers noticed", "at 09:14:30",
	}
	for _, s := range vague {
		if HasFigure(s) {
			t.Errorf("%q: counted as a figure", s)
		}
		if ImpactHint(s) != HintVagueImpact {
			t.Errorf("%q: hint %q", s, ImpactHint(s))
		}
	}
	if ImpactHint("") != "" || ImpactHint("   ") != "" {
		t.Error("blank note hinted")
	}
}

func TestImpactFields(t *testing.T) {
	want := []string{"duration", "error_rate", "error_rate_normal", "latency_p99", "latency_slo",
		"affected", "slo_burn", "budget", "revenue"}
	if len(ImpactFields) != len(want) {
		t.Fatalf("%d fields", len(ImpactFields))
	}
	for i, f := range ImpactFields {
		if f.Key != want[i] || f.Label == "" || !HasFigure(f.Example) {
			t.Errorf("field %d: %+v", i, f)
		}
	}
}
