import InnoCore
import Testing

/// Each class boundary of the method, from both sides, with figures whose exact ratio or
/// rate sits on it: compared at the engine's precision, not at binary floating point's.
@Suite struct ClassBoundaryTests {
    /// Goal >= 121 by 2017 from 100 in 2015: the required rate is exactly 10 %/yr.
    let target = Fixture.target(.atLeast, goal: 121, deadline: 2017, baseline: Baseline(year: 2015), unit: "pt")
    let indicator = Fixture.target(nil, goal: nil, deadline: nil, direction: .up, unit: "pt")

    func status(_ target: Target, _ latest: Double, base: Double = 100) -> Status {
        Assessor.assess(target, series: Fixture.figures([2015: base, 2016: latest]), asOf: 2016).status
    }

    @Test func ratioOfExactly095IsOnTrack() {
        let a = Assessor.assess(target, series: Fixture.figures([2015: 100, 2016: 109.5]), asOf: 2016)
        #expect(a.status == .onTrack)  // R = 0.095 / 0.1, computed as 0.94999…
        #expect(status(target, 109.49) == .moderateProgress)
        #expect(status(target, 109.51) == .onTrack)
    }

    @Test func ratioOfExactly060IsModerateProgress() {
        #expect(status(target, 106) == .moderateProgress)
        #expect(status(target, 105.99) == .insufficientProgress)
    }

    @Test func ratioOfExactly0IsInsufficientProgress() {
        #expect(status(target, 100) == .insufficientProgress)
        #expect(status(target, 99.99) == .movingAway)
    }

    @Test func indicatorGrowingExactly1PercentIsModerateProgress() {
        #expect(status(indicator, 101) == .moderateProgress)  // "above 1 %" is significant
        #expect(status(indicator, 101.01) == .significantProgress)
        #expect(status(indicator, 100) == .moderateProgress)
        #expect(status(indicator, 99.99) == .moderateMovementAway)
    }

    @Test func indicatorFallingExactly1PercentIsModerateMovementAwayWhateverItsSize() {
        #expect(status(indicator, 99) == .moderateMovementAway)
        #expect(status(indicator, 1.98, base: 2) == .moderateMovementAway)
        #expect(status(indicator, 2.97, base: 3) == .moderateMovementAway)
        #expect(status(indicator, 98.99) == .significantMovementAway)
        #expect(status(indicator, 1.9799, base: 2) == .significantMovementAway)
    }

    @Test func theQuickComparisonsAgreeWithRoundingTo12Digits() {
        for bound in [0.95, 0.60, 0, 0.01, -0.01] {
            // Every double within 4,000 steps of the bound, on both sides.
            var below = bound, above = bound
            for _ in 0...4000 {
                for value in [below, above] {
                    #expect(Precision.isAtLeast(value, bound) == (Precision.rounded(value) >= bound))
                    #expect(Precision.isAbove(value, bound) == (Precision.rounded(value) > bound))
                }
                below = below.nextDown
                above = above.nextUp
            }
            for offset in [-1e-6, -1e-11, -4e-13, -6e-13, 4e-13, 6e-13, 1e-11, 1e-6] {
                let value = bound + offset * max(abs(bound), 1)
                #expect(Precision.isAtLeast(value, bound) == (Precision.rounded(value) >= bound), "\(value)")
                #expect(Precision.isAbove(value, bound) == (Precision.rounded(value) > bound), "\(value)")
            }
        }
    }
}
