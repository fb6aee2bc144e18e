"""Settings load with defaults, survive damage and round-trip."""

from dataclasses import replace

from app.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "none.toml") == Settings()


def test_round_trip(tmp_path):
    path = tmp_path / "s.toml"
    wanted = replace(Settings(), language="en", camera_source="rtsp://127.0.0.1/x", gate_max_fps=5.0)
    save_settings(wanted, path)
    assert load_settings(path) == wanted


def test_damaged_values_fall_back(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('language = "klingon"\ngate_cooldown_s = "ten"\ngate_max_fps = 4\nunknown = 1\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.language == "zh_CN"
    assert settings.gate_cooldown_s == 600
    assert settings.gate_max_fps == 4.0


def test_unparsable_file_gives_defaults(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("this is [not toml", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_survey_settings_outside_their_range_fall_back(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("survey_delay_days = 99\nsurvey_low_stars = 3\nsurvey_low_ten = -1\n",
                    encoding="utf-8")
    settings = load_settings(path)
    assert (settings.survey_delay_days, settings.survey_low_stars, settings.survey_low_ten) == (
        Settings().survey_delay_days, 3, Settings().survey_low_ten)
    assert settings.survey_policy().low_stars == 3


def test_a_desks_view_round_trips_and_a_division_view_without_its_division_falls_back(tmp_path):
    path = tmp_path / "s.toml"
    wanted = replace(Settings(), store_id=3, desk_view="division", division_id=2)
    save_settings(wanted, path)
    assert load_settings(path) == wanted
    path.write_text('store_id = 3\ndesk_view = "division"\n', encoding="utf-8")
    assert (load_settings(path).desk_view, load_settings(path).store_id) == ("store", 3)
    path.write_text('desk_view = "everything"\n', encoding="utf-8")
    assert load_settings(path).desk_view == "store"
