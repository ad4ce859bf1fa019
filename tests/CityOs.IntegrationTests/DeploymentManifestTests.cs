using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CityOs.IntegrationTests;

/// <summary>Keeps deploy/k8s and deploy/compose in step with the services that exist and the ports they listen on.</summary>
public sealed partial class DeploymentManifestTests
{
    private static readonly string Root = TestEnvironment.RepoRoot;

    /// <summary>Every service project but the all-in-one host, with the port its Program.cs gives it when run alone.</summary>
    private static Dictionary<string, int> ServicesInCode() =>
        Directory.GetDirectories(Path.Combine(Root, "services"), "CityOs.*")
            .Where(d => !d.EndsWith("CityOs.Host", StringComparison.Ordinal) && File.Exists(Path.Combine(d, "Program.cs")))
            .Select(d => StandalonePort().Match(File.ReadAllText(Path.Combine(d, "Program.cs"))))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static List<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    private static YamlNode? At(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                node = next;
            }
            else if (node is YamlSequenceNode seq && int.TryParse(key, out var i) && i < seq.Children.Count)
            {
                node = seq.Children[i];
            }
            else
            {
                return null;
            }
        }

        return node;
    }

    private static string? Text(YamlNode node, params string[] path) => (At(node, path) as YamlScalarNode)?.Value;

    [Fact]
    public void Every_service_has_a_deployment_with_probes_resources_and_secrets_plus_service_pdb_and_hpa()
    {
        var services = ServicesInCode();
        Assert.True(services.Count >= 7, $"found only {services.Count} services");
        var documents = Documents(Path.Combine(Root, "deploy", "k8s", "cityos.yaml"));
        foreach (var (name, port) in services)
        {
            var deployment = Assert.Single(documents, d => Text(d, "kind") == "Deployment" && Text(d, "metadata", "name") == $"cityos-{name}");
            var container = At(deployment, "spec", "template", "spec", "containers", "0")!;
            Assert.Equal(port.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(container, "ports", "0", "containerPort"));
            Assert.Equal("/alive", Text(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("/health", Text(container, "readinessProbe", "httpGet", "path"));
            Assert.NotNull(Text(container, "resources", "requests", "cpu"));
            Assert.NotNull(Text(container, "resources", "requests", "memory"));
            var env = (YamlSequenceNode)At(container, "env")!;
            Assert.Contains(env.Children, e => Text(e, "valueFrom", "secretKeyRef", "name") == "cityos-secrets");
            Assert.Equal("cityos-config", Text(container, "envFrom", "0", "configMapRef", "name"));

            Assert.Single(documents, d => Text(d, "kind") == "Service" && Text(d, "metadata", "name") == name && Text(d, "spec", "ports", "0", "targetPort") == port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Single(documents, d => Text(d, "kind") == "PodDisruptionBudget" && Text(d, "metadata", "name") == $"cityos-{name}");
            Assert.Single(documents, d => Text(d, "kind") == "HorizontalPodAutoscaler" && Text(d, "spec", "scaleTargetRef", "name") == $"cityos-{name}");
        }

        Assert.Equal(services.Count, documents.Count(d => Text(d, "kind") == "Deployment"));
    }

    [Fact]
    public void Compose_file_runs_every_service_on_its_port_with_rabbitmq_and_mosquitto()
    {
        var compose = Documents(Path.Combine(Root, "deploy", "compose", "compose.yaml")).Single();
        var declared = (YamlMappingNode)At(compose, "services")!;
        Assert.NotNull(At(declared, "rabbitmq"));
        Assert.NotNull(At(declared, "mosquitto"));
        foreach (var (name, port) in ServicesInCode())
        {
            var service = At(declared, name);
            Assert.NotNull(service);
            Assert.Equal($"{port}:{port}", Text(service!, "ports", "0"));
            Assert.Equal("RabbitMq", Text(service!, "environment", "Bus__Transport"));
            Assert.Contains("/health", string.Join(' ', ((YamlSequenceNode)At(service!, "healthcheck", "test")!).Children.Select(c => ((YamlScalarNode)c).Value)));
        }
    }

    [GeneratedRegex("AddStandaloneDefaults\\(\"([a-z]+)\", (\\d+)\\)")]
    private static partial Regex StandalonePort();
}
