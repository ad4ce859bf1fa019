namespace CityOs.Host.Demo;

/// <summary>
/// A station's water-level thresholds in metres, as river offices publish them per station:
/// 水防団待機 (standby), はん濫注意 (caution), 避難判断 (evacuation judgement), はん濫危険 (danger), はん濫発生 (flooding).
/// </summary>
public sealed record RiverThresholds(double Standby, double Caution, double Evacuation, double Danger, double Flooding);
