package model

import "testing"

func TestFactorHint(t *testing.T) {
	weak := []string{
		"Insufficient testing", "Not enough testing.", "Alert was missed", "Human error", "Engineer error",
		"Root cause: misconfiguration", "Misconfiguration", "Lack of monitoring", "Communication issues",
		"Deploy broke prod", "Bad config", "Outage was due to human error in the deploy",
		"There was insufficient testing of the new pool code",
		"The on-call engineer missed the alert for a while", // missed the alert, no cause given
	}
	for _, s := range weak {
		if FactorHint(s) != HintWeakFactor {
			t.Errorf("%q: no hint", s)
		}
	}
	specific := []string{
		"Staging uses 10% of the production pool size, so exhaustion only shows under production load",
		"Connection pool utilization had no alert; the first signal was a spike in 5xx responses, 11 minutes after saturation began",
		"The deploy script has no confirmation prompt before promoting a canary to 100% traffic",
		"Misconfiguration of the pool size was possible because the config has no schema check",
		"PagerDuty escalation policy had the wrong tier configured",
		"", "   ",
	}
	for _, s := range specific {
		if got := FactorHint(s); got != "" {
			t.Errorf("%q: hint %q", s, got)
		}
	}
}
