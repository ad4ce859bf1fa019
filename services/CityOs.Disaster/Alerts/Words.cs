using System.Globalization;

namespace CityOs.Disaster.Alerts;

/// <summary>Plain-language texts of the alert levels (警戒レベル), Japanese first.</summary>
public sealed record Words(string Event, string Sender, string Instruction, Func<DisasterAlert, string> Description)
{
    public static Words Ja(int level) => new(
        level switch
        {
            >= 5 => "警戒レベル5 緊急安全確保",
            4 => "警戒レベル4 避難指示",
            3 => "警戒レベル3 高齢者等避難",
            2 => "警戒レベル2 氾濫注意",
            1 => "警戒レベル1 水防団待機",
            _ => "警戒レベル解除",
        },
        "山口市 防災危機管理課",
        level switch
        {
            >= 5 => "すでに災害が起きています。命を守るため、いる場所で最も安全な行動をとってください（2階以上へ移動するなど）。",
            4 => "危険な場所から全員避難してください。",
            3 => "高齢の方、障がいのある方、その支援者は避難を始めてください。ほかの方も避難の準備をしてください。",
            _ => "川の水位に注意してください。",
        },
        a => string.Create(CultureInfo.InvariantCulture, $"水位観測所 {a.StationId} の水位が {a.LevelMeters:0.00} m になりました。"));

    public static Words En(int level) => new(
        level switch
        {
            >= 5 => "Alert level 5: Emergency safety",
            4 => "Alert level 4: Evacuate",
            3 => "Alert level 3: Elderly and others evacuate",
            2 => "Alert level 2: Flood caution",
            1 => "Alert level 1: Flood-fighting standby",
            _ => "Alert level lifted",
        },
        "Yamaguchi City Disaster Management Division",
        level switch
        {
            >= 5 => "A disaster is already happening. Take the safest action where you are (for example, move upstairs).",
            4 => "Everyone in danger areas: evacuate now.",
            3 => "Older people, people with disabilities and their supporters: start evacuating. Everyone else: get ready.",
            _ => "Watch the river level.",
        },
        a => string.Create(CultureInfo.InvariantCulture, $"The water level at gauge station {a.StationId} reached {a.LevelMeters:0.00} m."));
}
