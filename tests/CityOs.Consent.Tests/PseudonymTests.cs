using System.Security.Cryptography;
using CityOs.Consent.Vault;

namespace CityOs.Consent.Tests;

public sealed class PseudonymTests
{
    private readonly PseudonymKey _key = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Each_domain_knows_the_same_person_by_a_different_stable_pseudonym()
    {
        var disaster = _key.Derive("disaster", "resident-1");
        var mobility = _key.Derive("mobility", "resident-1");
        Assert.NotEqual(disaster, mobility);
        Assert.Equal(disaster, _key.Derive("disaster", "resident-1"));
        Assert.NotEqual(disaster, _key.Derive("disaster", "resident-2"));
    }

    [Fact]
    public void Another_master_key_gives_unrelated_pseudonyms()
    {
        var other = new PseudonymKey(RandomNumberGenerator.GetBytes(32));
        Assert.NotEqual(_key.Derive("disaster", "resident-1"), other.Derive("disaster", "resident-1"));
    }

    [Fact]
    public void Pseudonyms_of_two_domains_share_no_structure_across_many_residents()
    {
        // If a domain's pseudonym leaked anything about another's, some prefix would repeat across the pairs.
        var pairs = Enumerable.Range(0, 2000).Select(i => (_key.Derive("disaster", $"r{i}"), _key.Derive("mobility", $"r{i}"))).ToList();
        Assert.All(pairs, p => Assert.NotEqual(p.Item1[..6], p.Item2[..6]));
        Assert.Equal(2000, pairs.Select(p => p.Item1).Distinct().Count());
    }

    [Fact]
    public void Short_master_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PseudonymKey(new byte[16]));
    }
}
