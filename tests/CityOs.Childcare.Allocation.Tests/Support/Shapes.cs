using FsCheck;
using FsCheck.Fluent;

namespace CityOs.Childcare.Allocation.Tests;

/// <summary>FsCheck generators for random instances; one class per kind because FsCheck picks generators by type.</summary>
public static class Shapes
{
    public static Gen<InstanceShape> Small(int siblingPercent) =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from facilities in Gen.Choose(1, 5)
        from children in Gen.Choose(1, 14)
        from capacity in Gen.Choose(0, 3)
        from options in Gen.Choose(0, 4)
        from transfers in Gen.Choose(0, 40)
        from scores in Gen.Choose(1, 20)
        select new InstanceShape(seed, facilities, children, capacity, options, siblingPercent, transfers, scores);

    /// <summary>Small enough to enumerate every outcome.</summary>
    public static Gen<InstanceShape> Tiny() =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from facilities in Gen.Choose(1, 3)
        from children in Gen.Choose(1, 7)
        from capacity in Gen.Choose(0, 2)
        from options in Gen.Choose(1, 3)
        from siblings in Gen.Choose(0, 90)
        from transfers in Gen.Choose(0, 40)
        from scores in Gen.Choose(2, 4)
        select new InstanceShape(seed, facilities, children, capacity, options, siblings, transfers, scores);
}

public static class SinglesShapes
{
    public static Arbitrary<InstanceShape> Shapes() => Arb.From(Tests.Shapes.Small(siblingPercent: 0));
}

public static class MixedShapes
{
    public static Arbitrary<InstanceShape> Shapes() => Arb.From(Tests.Shapes.Small(siblingPercent: 50));
}

public static class TinyShapes
{
    public static Arbitrary<InstanceShape> Shapes() => Arb.From(Tests.Shapes.Tiny());
}
